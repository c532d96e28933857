import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

export type RenderInvoiceFilesInput = {
  invoice_id: string
  /** Launch a browser for this document alone instead of using the warm one (default: only after a failure). */
  fresh_browser?: boolean
}

export type RenderOutcome = { id: string; rendered: boolean; error: string | null }

/**
 * Renders an issued document's PDF (Factur-X) and e-invoices and stores them
 * through the File module. A failure is recorded on the invoice (render
 * state, attempts, error) rather than thrown, so the invoice shows it and
 * the retry job picks it up; it never undoes the issue.
 */
export const renderInvoiceFilesStep = createStep(
  "render-invoice-files",
  async (
    { invoice_id, fresh_browser }: RenderInvoiceFilesInput,
    { container }
  ): Promise<StepResponse<RenderOutcome, string[]>> => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const invoice = await invoicing.retrieveInvoice(invoice_id, {
      select: ["id", "number", "render_status", "render_attempts"],
    })
    if (invoice.render_status === "rendered") {
      return new StepResponse({ id: invoice_id, rendered: true, error: null }, [])
    }
    const attempts = invoice.render_attempts + 1
    let stored: string[] = []
    try {
      // After a failed attempt, a browser of its own: the warm one may be what failed.
      const freshBrowser =
        fresh_browser ?? (invoicing.options.invoicing.pdfBrowser === "per_document" || invoice.render_attempts > 0)
      const { pdf, cii, ubl } = await invoicing.renderDocumentFiles(invoice_id, { freshBrowser })
      const files = await container.resolve(Modules.FILE).createFiles([
        {
          filename: `${invoice.number}.pdf`,
          mimeType: "application/pdf",
          content: Buffer.from(pdf).toString("base64"),
          access: "private",
        },
        {
          filename: `${invoice.number}-factur-x.xml`,
          mimeType: "application/xml",
          content: Buffer.from(cii).toString("base64"),
          access: "private",
        },
        {
          filename: `${invoice.number}-ubl.xml`,
          mimeType: "application/xml",
          content: Buffer.from(ubl).toString("base64"),
          access: "private",
        },
      ])
      stored = files.map((f) => f.id)
      await invoicing.updateInvoices({
        id: invoice_id,
        render_status: "rendered",
        render_attempts: attempts,
        render_error: null,
        pdf_file_id: files[0].id,
        cii_file_id: files[1].id,
        ubl_file_id: files[2].id,
      })
      return new StepResponse({ id: invoice_id, rendered: true, error: null }, stored)
    } catch (error) {
      const message = (error as Error).message ?? String(error)
      if (stored.length) {
        await container
          .resolve(Modules.FILE)
          .deleteFiles(stored)
          .catch(() => undefined)
      }
      await invoicing.updateInvoices({
        id: invoice_id,
        render_status: "failed",
        render_attempts: attempts,
        render_error: message,
      })
      return new StepResponse({ id: invoice_id, rendered: false, error: message }, [])
    }
  },
  async (stored, { container }) => {
    if (stored?.length) {
      await container.resolve(Modules.FILE).deleteFiles(stored)
    }
  }
)
