import type { MedusaContainer } from "@medusajs/framework/types"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { renderAndSend } from "../workflows/invoicing/render-and-send"

/**
 * Issued documents whose PDF is not rendered yet (Chromium crashed, the
 * file store was down, the process stopped between issue and render) are
 * rendered again, up to the configured number of attempts; after that they
 * stay `failed` with their error for a person to look at and retry. Once
 * rendered they go to the buyer, marked as sent late (see `isSentLate`),
 * with the credit notes issued in the meantime.
 */
export default async function retryInvoiceRenders(container: MedusaContainer) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const pending = await invoicing.listInvoices(
    {
      status: { $ne: "draft" },
      render_status: ["pending", "failed"],
      render_attempts: { $lt: invoicing.options.invoicing.maxRenderAttempts },
      // Leave the ones just issued to their invoice.issued subscriber, unless
      // it has tried already: then they are the backlog.
      $or: [{ render_attempts: { $gt: 0 } }, { issued_at: { $lt: new Date(Date.now() - 60_000) } }],
    },
    { select: ["id"], take: 50, order: { issued_at: "ASC" } }
  )
  for (const { id } of pending) {
    await renderAndSend(container, id)
  }
}

export const config = { name: "o2c-retry-invoice-renders", schedule: "*/5 * * * *" }
