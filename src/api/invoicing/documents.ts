import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { PAYABLE_KINDS } from "../../modules/invoicing/status"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import type { DocumentListParamsType } from "./validators"

/** An issued invoice, credit note or debit note as the invoicing module lists it. */
export type IssuedDocument = Awaited<ReturnType<InvoicingModuleService["listInvoices"]>>[number]

/** Columns a document list shows; the detail adds the legal content. */
export const INVOICE_LIST_FIELDS = [
  "id",
  "kind",
  "status",
  "number",
  "series",
  "order_id",
  "order_display_id",
  "company_id",
  "customer_id",
  "corrects_invoice_id",
  "currency_code",
  "issue_date",
  "supply_date",
  "subtotal",
  "tax_total",
  "total",
  "buyer",
  "due_schedule",
  "render_status",
  "render_attempts",
  "render_error",
  "delivery_status",
  "sent_at",
  "sent_to",
  "sent_late",
  "reason",
  "issued_at",
  "created_at",
] as const

/**
 * The list filters as module filters. The invoice list is the invoice
 * series: what the buyer pays, invoices and debit notes (each row says its
 * kind); credit notes are listed apart.
 */
export function invoiceFilters(params: Partial<DocumentListParamsType>, kind: "invoice" | "credit_note") {
  const filters: Record<string, unknown> = {
    kind: kind === "invoice" ? [...PAYABLE_KINDS] : kind,
    status: params.status ?? { $ne: "draft" },
  }
  for (const key of ["company_id", "order_id", "customer_id", "render_status"] as const) {
    if (params[key]) filters[key] = params[key]
  }
  if (params.number) {
    filters.number = { $ilike: `%${params.number.replace(/[%_\\]/g, (c) => `\\${c}`)}%` }
  }
  if (params.issued_from || params.issued_to) {
    filters.issue_date = {
      ...(params.issued_from ? { $gte: params.issued_from } : {}),
      ...(params.issued_to ? { $lte: params.issued_to } : {}),
    }
  }
  return filters
}

/** The list's columns a buyer sees: render internals (errors, attempts) are the merchant's. */
export const STORE_INVOICE_LIST_FIELDS = INVOICE_LIST_FIELDS.filter(
  (field) => field !== "render_error" && field !== "render_attempts"
)

/** One page of documents for /admin/invoices, /admin/credit-notes and the store list, with what is open on each. */
export async function listDocuments(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  key: "invoices" | "credit_notes",
  { offset = 0, limit = 20 }: { offset?: number; limit?: number },
  fields: readonly string[] = INVOICE_LIST_FIELDS
) {
  const [documents, count] = await scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listAndCountInvoices(filters, {
      select: [...fields],
      skip: offset,
      take: limit,
      order: { issue_date: "DESC", sequence_number: "DESC" },
    })
  return {
    [key]: await scope.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).withReceivables(documents),
    count,
    offset,
    limit,
  }
}

const FILE_OF = { pdf: "pdf_file_id", cii: "cii_file_id", ubl: "ubl_file_id" } as const
const CONTENT_TYPE = { pdf: "application/pdf", cii: "application/xml", ubl: "application/xml" } as const

/** Sends one of a document's stored files; 409 while it is not rendered yet. */
export async function sendDocumentFile(
  req: MedusaRequest,
  res: MedusaResponse,
  invoice: IssuedDocument,
  which: keyof typeof FILE_OF
) {
  const fileId = invoice[FILE_OF[which]]
  if (invoice.render_status !== "rendered" || !fileId) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `${invoice.number}'s files are not rendered yet (render state: ${invoice.render_status}${
        invoice.render_error ? `: ${invoice.render_error}` : ""
      }); they are retried automatically, or now with POST /admin/invoices/${invoice.id}/render`
    )
  }
  const content = await req.scope.resolve(Modules.FILE).getAsBuffer(fileId)
  const filename = which === "pdf" ? `${invoice.number}.pdf` : `${invoice.number}-${which}.xml`
  res.setHeader("Content-Type", CONTENT_TYPE[which])
  // The PDF opens in the browser (and the admin's preview); XML downloads.
  res.setHeader("Content-Disposition", `${which === "pdf" ? "inline" : "attachment"}; filename="${filename}"`)
  res.setHeader("Content-Length", String(content.length))
  res.status(200).end(content)
}
