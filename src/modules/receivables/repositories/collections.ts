import type { Manager } from "../../../lib/manager"
import type { CalendarDate } from "../../../lib/time"
import { leftAsOf } from "./reports"

/**
 * What collections reads from the ledger, for every company at once (a
 * dunning run) or one: open invoices with their oldest open due date,
 * unallocated credits, and how each invoice was settled over time.
 */

/** Invoices with something open as of a day whose oldest open instalment falls due by `due_by`. */
export async function openInvoicesDueBy(
  manager: Manager,
  filter: { as_of: CalendarDate; due_by: CalendarDate; company_id?: string }
) {
  const open = leftAsOf("debit", filter)
  const rows = await manager.execute(
    `SELECT o.company_id, o.currency_code, o.document_id, MIN(o.document_number) AS document_number,
            MIN(COALESCE(o.due_date, o.effective_date)) AS due_date, SUM(o.open)::text AS open
       FROM (${open.sql}) o
      WHERE o.document_type = 'invoice' AND o.document_id IS NOT NULL
      GROUP BY 1, 2, 3
     HAVING MIN(COALESCE(o.due_date, o.effective_date)) <= ?
      ORDER BY 1, 5`,
    [...open.params, filter.due_by]
  )
  return rows as Array<{
    company_id: string
    currency_code: string
    document_id: string
    document_number: string | null
    due_date: CalendarDate
    open: string
  }>
}

/** Credits not allocated as of a day, per company and currency (cash waiting to be matched, unused credit notes). */
export async function unallocatedByCompany(
  manager: Manager,
  filter: { as_of: CalendarDate; company_id?: string }
) {
  const left = leftAsOf("credit", filter)
  const rows = await manager.execute(
    `SELECT o.company_id, o.currency_code, SUM(o.open)::text AS unallocated FROM (${left.sql}) o GROUP BY 1, 2`,
    left.params
  )
  return rows as Array<{ company_id: string; currency_code: string; unallocated: string }>
}

/** What settled each document, per day, as of a day: the allocations to its debits (net of undone ones). */
export async function settlementsOf(manager: Manager, documentIds: string[], asOf: CalendarDate) {
  if (!documentIds.length) return []
  const rows = await manager.execute(
    `SELECT e.document_id, a.effective_date AS on, SUM(a.amount)::text AS amount
       FROM ledger_allocation a JOIN ledger_entry e ON e.id = a.debit_entry_id
      WHERE e.document_id = ANY(string_to_array(?, ',')) AND a.effective_date <= ?
        AND a.deleted_at IS NULL AND e.deleted_at IS NULL
      GROUP BY 1, 2
     HAVING SUM(a.amount) <> 0
      ORDER BY 1, 2`,
    [documentIds.join(","), asOf]
  )
  return rows as Array<{ document_id: string; on: CalendarDate; amount: string }>
}

/** Payments received by a company in a currency from a day on (what keeps a promise to pay). */
export async function paymentsSince(
  manager: Manager,
  companyId: string,
  currencyCode: string,
  since: CalendarDate
) {
  const [row] = await manager.execute(
    `SELECT COALESCE(SUM(CASE WHEN side = 'credit' THEN amount ELSE -amount END), 0)::text AS received
       FROM ledger_entry
      WHERE company_id = ? AND currency_code = ? AND type = 'payment' AND effective_date >= ? AND deleted_at IS NULL`,
    [companyId, currencyCode.toLowerCase(), since]
  )
  return row.received as string
}
