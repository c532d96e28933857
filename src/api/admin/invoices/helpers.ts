import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type { DocumentLine } from "../../../modules/invoicing/document"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { invoiceStandings } from "../../../workflows/invoicing/invoice-standings"
import { num, withReceivables } from "../../receivables"
import { conflictError } from "../../utils"
import type { AdminListInvoicesParamsType } from "./validators"

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

/** The list filters as module filters. */
export function invoiceFilters(
  params: Partial<AdminListInvoicesParamsType>,
  kind: "invoice" | "credit_note"
) {
  const filters: Record<string, unknown> = { kind, status: params.status ?? { $ne: "draft" } }
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
  return { [key]: await withReceivables(scope, documents), count, offset, limit }
}

const OPEN_STATUSES = ["issued", "partially_paid", "partially_credited"]

/**
 * What the listed invoices (every page of them) still have open, per
 * currency, from the same standings that set their statuses: the ledger's
 * open amounts for invoices on account, nothing for invoices paid at
 * checkout. Only invoices in an open status can have anything open.
 */
export async function openSummary(scope: MedusaContainer, filters: Record<string, unknown>) {
  const asked = Array.isArray(filters.status) ? (filters.status as string[]) : OPEN_STATUSES
  const statuses = OPEN_STATUSES.filter((s) => asked.includes(s))
  const invoices = statuses.length
    ? await scope
        .resolve<InvoicingModuleService>(INVOICING_MODULE)
        .listInvoices(
          { ...filters, status: statuses },
          { select: ["id", "kind", "currency_code", "total", "raw_total", "payment_terms_text"] }
        )
    : []
  const standings = await invoiceStandings(scope, invoices)
  const byCurrency = new Map<string, { currency_code: string; invoices: number; open: BigNumberInput }>()
  for (const invoice of invoices) {
    // Not booked yet (the ledger books it a moment after issue): all of it is open.
    const open = standings.get(invoice.id)?.open ?? invoice.raw_total ?? invoice.total
    if (!MathBN.gt(open as BigNumberInput, 0)) continue
    const row = byCurrency.get(invoice.currency_code) ?? {
      currency_code: invoice.currency_code,
      invoices: 0,
      open: 0,
    }
    byCurrency.set(invoice.currency_code, {
      ...row,
      invoices: row.invoices + 1,
      open: MathBN.add(row.open, open as BigNumberInput),
    })
  }
  return [...byCurrency.values()]
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
    .map((row) => ({ ...row, open: num(row.open) }))
}

/** An issued document or 404 (drafts are internal: they exist only inside the issuing workflow). */
export async function retrieveIssued(req: MedusaRequest, id: string) {
  const [invoice] = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoices({ id, status: { $ne: "draft" } })
  if (!invoice) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
  }
  return invoice
}

/** An invoice with its credit notes and, per line, what can still be credited. */
export async function invoiceDetail(req: MedusaRequest, id: string) {
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const invoice = await retrieveIssued(req, id)
  if (invoice.kind === "credit_note") {
    const [corrected] = await invoicing.listInvoices(
      { id: invoice.corrects_invoice_id! },
      { select: ["id", "number", "issue_date"] }
    )
    const [withReceivable] = await withReceivables(req.scope, [invoice])
    return { ...withReceivable, corrects: corrected ?? null }
  }
  const [creditNotes, credited, [withReceivable]] = await Promise.all([
    invoicing.listInvoices(
      { corrects_invoice_id: id, status: { $ne: "draft" } },
      {
        select: ["id", "number", "issue_date", "total", "reason", "render_status"],
        order: { sequence_number: "ASC" },
      }
    ),
    invoicing.creditedOn(id),
    withReceivables(req.scope, [invoice]),
  ])
  const lines = (invoice.lines as unknown as DocumentLine[]).map((line) => ({
    ...line,
    creditable_quantity: line.quantity - (credited.lines.get(line.position)?.quantity ?? 0),
  }))
  const creditedTotal = creditNotes.reduce(
    (acc, n) => MathBN.add(acc, n.total as unknown as number),
    MathBN.convert(0)
  )
  return {
    ...withReceivable,
    lines,
    shipping_creditable: ((invoice.shipping as unknown as unknown[]) ?? []).some(
      (_, i) => !credited.charges.has(i)
    ),
    credit_notes: creditNotes,
    credited_total: creditedTotal.toNumber(),
  }
}

const FILE_OF = { pdf: "pdf_file_id", cii: "cii_file_id", ubl: "ubl_file_id" } as const
const CONTENT_TYPE = { pdf: "application/pdf", cii: "application/xml", ubl: "application/xml" } as const

/** Sends one of a document's stored files; 409 while it is not rendered yet. */
export async function sendDocumentFile(
  req: MedusaRequest,
  res: MedusaResponse,
  invoice: Awaited<ReturnType<typeof retrieveIssued>>,
  which: keyof typeof FILE_OF
) {
  const fileId = invoice[FILE_OF[which]]
  if (invoice.render_status !== "rendered" || !fileId) {
    throw conflictError(
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
