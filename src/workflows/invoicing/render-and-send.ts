import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { renderInvoiceFilesWorkflow } from "./render-invoice-files"
import { sendInvoiceWorkflow } from "./send-invoice"

/**
 * Renders an issued document and, once rendered, sends it if it was never
 * sent. Shared by the invoice.issued subscriber and the retry job; a send
 * failure is recorded on the invoice for the admin to see and resend.
 */
export async function renderAndSend(container: MedusaContainer, invoiceId: string) {
  const { result } = await renderInvoiceFilesWorkflow(container).run({ input: { invoice_id: invoiceId } })
  if (!result.rendered) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Invoice ${invoiceId}: PDF render failed, will retry (${result.error})`)
    return
  }
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const invoice = await invoicing.retrieveInvoice(invoiceId, { select: ["id", "delivery_status"] })
  if (invoice.delivery_status === "sent") {
    return
  }
  const { errors } = await sendInvoiceWorkflow(container).run({
    input: { invoice_id: invoiceId },
    throwOnError: false,
  })
  if (errors.length) {
    await invoicing.updateInvoices({
      id: invoiceId,
      delivery_status: "failed",
      send_error: errors[0].error?.message ?? "unknown error",
    })
  }
}
