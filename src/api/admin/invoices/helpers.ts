import type { MedusaRequest } from "@medusajs/framework/http"
import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type { DocumentLine } from "../../../modules/invoicing/document"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { invoiceStandings } from "../../../workflows/invoicing/invoice-standings"
import { exactAmount, num } from "../../../lib/money"
import { receivablesOf } from "../receivables/helpers"

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
    const open = standings.get(invoice.id)?.open ?? exactAmount(invoice, "total")
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

/**
 * An invoice with its credit notes, its debit notes and, per line, what can
 * still be credited; a credit note or debit note with the invoice it names.
 */
export async function invoiceDetail(req: MedusaRequest, id: string) {
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const invoice = await retrieveIssued(req, id)
  if (invoice.kind !== "invoice") {
    const [corrected] = await invoicing.listInvoices(
      { id: invoice.corrects_invoice_id! },
      { select: ["id", "number", "issue_date"] }
    )
    const [withReceivable] = await receivablesOf(req.scope).withReceivables([invoice])
    return { ...withReceivable, corrects: corrected ?? null }
  }
  const [related, credited, [withReceivable]] = await Promise.all([
    invoicing.listInvoices(
      { corrects_invoice_id: id, status: { $ne: "draft" } },
      {
        select: ["id", "kind", "number", "issue_date", "total", "reason", "status", "render_status"],
        order: { issue_date: "ASC", sequence_number: "ASC" },
      }
    ),
    invoicing.creditedOn(id),
    receivablesOf(req.scope).withReceivables([invoice]),
  ])
  const lines = (invoice.lines as unknown as DocumentLine[]).map((line) => ({
    ...line,
    creditable_quantity: line.quantity - (credited.lines.get(line.position)?.quantity ?? 0),
  }))
  const creditNotes = related.filter((n) => n.kind === "credit_note")
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
    debit_notes: related.filter((n) => n.kind === "debit_note"),
  }
}
