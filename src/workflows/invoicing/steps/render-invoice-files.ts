import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE, isLanguage, type Language } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { companyDocumentLanguage } from "../../documents/company-language"

export type RenderInvoiceFilesInput = {
  invoice_id: string
  /** Launch a browser for this document alone instead of using the warm one (default: only after a failure). */
  fresh_browser?: boolean
}

export type RenderOutcome = { id: string; rendered: boolean; error: string | null }

/** What undoing a render takes: the stored files, and the invoice's render state before it. */
type RenderUndo = {
  files: string[]
  before: {
    id: string
    render_status: "pending" | "failed"
    render_attempts: number
    render_error: string | null
  } | null
}

/**
 * Prints an issued document's PDF (the documents module, in the company's
 * language), makes it a Factur-X and writes the e-invoices (the invoicing
 * module), and stores them through the File module. A failure is recorded
 * on the invoice (render state, attempts, error) rather than thrown, so the
 * invoice shows it and the retry job picks it up; it never undoes the issue.
 * The language is decided at the first attempt and kept in the invoice's
 * metadata (`document_language`): a retry prints the same document whatever
 * the company's language has become since. Rendering is not part of the
 * document's hash, which covers its legal content only.
 */
export const renderInvoiceFilesStep = createStep(
  "render-invoice-files",
  async (
    { invoice_id, fresh_browser }: RenderInvoiceFilesInput,
    { container }
  ): Promise<StepResponse<RenderOutcome, RenderUndo>> => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const invoice = await invoicing.retrieveInvoice(invoice_id, {
      select: ["id", "number", "company_id", "render_status", "render_attempts", "render_error", "metadata"],
    })
    if (invoice.render_status === "rendered") {
      return new StepResponse({ id: invoice_id, rendered: true, error: null }, { files: [], before: null })
    }
    const attempts = invoice.render_attempts + 1
    const decided = invoice.metadata?.document_language
    let language: Language | null = isLanguage(decided) ? decided : null
    // Kept even when the render fails, so that the retry prints in the same language.
    const keepLanguage = () =>
      language ? { metadata: { ...invoice.metadata, document_language: language } } : {}
    let stored: string[] = []
    try {
      language ??= await companyDocumentLanguage(container, invoice.company_id)
      // After a failed attempt, a browser of its own: the warm one may be what failed.
      const freshBrowser =
        fresh_browser ??
        (invoicing.options.invoicing.pdfBrowser === "per_document" || invoice.render_attempts > 0)
      const document = await invoicing.printableDocument(invoice_id)
      const printed = await container
        .resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
        .renderPdf({ kind: document.kind, language, view: document }, { freshBrowser })
      const { pdf, cii, ubl } = await invoicing.electronicFiles(document, printed)
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
        ...keepLanguage(),
      })
      const before = {
        id: invoice_id,
        render_status: invoice.render_status,
        render_attempts: invoice.render_attempts,
        render_error: invoice.render_error,
      }
      return new StepResponse({ id: invoice_id, rendered: true, error: null }, { files: stored, before })
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
        ...keepLanguage(),
      })
      // A failed attempt stays recorded when the workflow rolls back: it happened, and counts towards the retries.
      return new StepResponse(
        { id: invoice_id, rendered: false, error: message },
        { files: [], before: null }
      )
    }
  },
  // Undoing a render deletes its files and puts the invoice back as it was, for the retry job to render it again.
  async (undo, { container }) => {
    if (undo?.files.length) {
      await container.resolve(Modules.FILE).deleteFiles(undo.files)
    }
    if (undo?.before) {
      await container.resolve<InvoicingModuleService>(INVOICING_MODULE).updateInvoices({
        ...undo.before,
        pdf_file_id: null,
        cii_file_id: null,
        ubl_file_id: null,
      })
    }
  }
)
