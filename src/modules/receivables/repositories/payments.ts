import type { Manager } from "../../../lib/manager"
import type { CalendarDate } from "../../../lib/time"

export type PaymentListFilter = {
  company_id?: string
  currency_code?: string
  from?: CalendarDate
  to?: CalendarDate
  /** Only payments with cash left to allocate. */
  unapplied_only?: boolean
  order: string
  limit: number
  offset: number
}

export type PaymentRow = {
  id: string
  company_id: string
  currency_code: string
  received_on: CalendarDate
  amount: string
  allocated: string
  unapplied: string
  reversed_by: string | null
  source: string
  metadata: Record<string, any> | null
  created_by: string
  created_at: Date
}

export type PaymentTotals = {
  currency_code: string
  count: number
  amount: string
  allocated: string
  unapplied: string
}

// Whitelisted: the order comes from the query string. Qualified, so that
// amounts sort as numbers and not as the text they are selected as.
const ORDER_BY: Record<string, string> = {
  received_on: "listed.received_on ASC, listed.created_at ASC, listed.id ASC",
  "-received_on": "listed.received_on DESC, listed.created_at DESC, listed.id DESC",
  amount: "listed.amount ASC, listed.id ASC",
  "-amount": "listed.amount DESC, listed.id DESC",
  unapplied: "listed.unapplied ASC, listed.id ASC",
  "-unapplied": "listed.unapplied DESC, listed.id DESC",
}

/**
 * Payments across companies, each with what it settled (cash allocated to
 * items, not counting its own reversal) and what is left of it. A reversed
 * payment has nothing left: its reversal settles it.
 */
function paymentsSql(filter: PaymentListFilter) {
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, value: unknown) => {
    where.push(sql)
    params.push(value)
  }
  if (filter.company_id) add("e.company_id = ?", filter.company_id)
  if (filter.currency_code) add("e.currency_code = ?", filter.currency_code.toLowerCase())
  if (filter.from) add("e.effective_date >= ?", filter.from)
  if (filter.to) add("e.effective_date <= ?", filter.to)
  const sql = `
    SELECT * FROM (
      SELECT e.id, e.company_id, e.currency_code, e.effective_date AS received_on, e.source, e.metadata,
             e.created_by, e.created_at, e.amount,
             COALESCE((SELECT SUM(a.amount) FROM ledger_allocation a
                        JOIN ledger_entry d ON d.id = a.debit_entry_id AND d.reverses_entry_id IS NULL
                       WHERE a.credit_entry_id = e.id AND a.deleted_at IS NULL), 0) AS allocated,
             e.amount - COALESCE((SELECT SUM(a.amount) FROM ledger_allocation a
                                   WHERE a.credit_entry_id = e.id AND a.deleted_at IS NULL), 0) AS unapplied,
             (SELECT r.id FROM ledger_entry r
               WHERE r.reverses_entry_id = e.id AND r.deleted_at IS NULL LIMIT 1) AS reversed_by
        FROM ledger_entry e
       WHERE e.type = 'payment' AND e.side = 'credit' AND e.reverses_entry_id IS NULL AND e.deleted_at IS NULL
             ${where.map((w) => `AND ${w}`).join(" ")}
    ) p
    ${filter.unapplied_only ? "WHERE p.unapplied > 0" : ""}`
  return { sql, params }
}

/** One page of payments, the number matching, and totals per currency of all that match. */
export async function listPayments(manager: Manager, filter: PaymentListFilter) {
  const { sql, params } = paymentsSql(filter)
  const orderBy = ORDER_BY[filter.order] ?? ORDER_BY["-received_on"]
  const [rows, totals] = await Promise.all([
    manager.execute(
      `SELECT listed.id, listed.company_id, listed.currency_code, listed.received_on, listed.source,
              listed.metadata, listed.created_by, listed.created_at, listed.amount::text AS amount,
              listed.allocated::text AS allocated, listed.unapplied::text AS unapplied, listed.reversed_by
         FROM (${sql}) listed
        ORDER BY ${orderBy}
        LIMIT ? OFFSET ?`,
      [...params, filter.limit, filter.offset]
    ),
    // A reversed payment brought no cash: it counts in the list, not in the totals.
    manager.execute(
      `SELECT currency_code, COUNT(*)::int AS count,
              COALESCE(SUM(amount) FILTER (WHERE reversed_by IS NULL), 0)::text AS amount,
              SUM(allocated)::text AS allocated, SUM(unapplied)::text AS unapplied
         FROM (${sql}) listed
        GROUP BY currency_code
        ORDER BY currency_code`,
      params
    ),
  ])
  const count = (totals as PaymentTotals[]).reduce((n, t) => n + Number(t.count), 0)
  return { payments: rows as PaymentRow[], count, totals: totals as PaymentTotals[] }
}

/**
 * What a payment settled, per item and kind of credit (the payment itself,
 * or a discount or write-off it booked), net of anything undone since.
 */
export async function paymentSettlements(manager: Manager, paymentEntryId: string) {
  const rows = await manager.execute(
    `SELECT c.type AS settled_with, d.id AS debit_entry_id, d.document_id, d.document_number, d.due_date,
            SUM(a.amount)::text AS amount
       FROM ledger_entry c
       JOIN ledger_allocation a ON a.credit_entry_id = c.id AND a.deleted_at IS NULL
       JOIN ledger_entry d ON d.id = a.debit_entry_id AND d.reverses_entry_id IS NULL
      WHERE (c.id = ? OR c.payment_entry_id = ?) AND c.deleted_at IS NULL AND c.reverses_entry_id IS NULL
      GROUP BY c.type, d.id
     HAVING SUM(a.amount) <> 0
      ORDER BY d.due_date, d.id, c.type`,
    [paymentEntryId, paymentEntryId]
  )
  return rows as Array<{
    settled_with: string
    debit_entry_id: string
    document_id: string | null
    document_number: string | null
    due_date: string | null
    amount: string
  }>
}
