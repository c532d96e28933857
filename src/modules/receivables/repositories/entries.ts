import type { Manager } from "../../../lib/manager"
import type { CalendarDate } from "../../../lib/time"
import type { EntrySide } from "../ledger"
import type { EntryType, StatementFilter } from "../types"

/**
 * Serialises writes to one account (company + currency) until the
 * transaction ends: what is open or unallocated cannot change under a
 * posting or an allocation that depends on it.
 */
export async function lockAccount(manager: Manager, companyId: string, currencyCode: string) {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`o2c:ledger:${companyId}:${currencyCode}`])
}

export type OpenDebit = {
  id: string
  due_date: string | null
  effective_date: string
  type: EntryType
  document_type: string | null
  document_id: string | null
  document_number: string | null
  metadata: Record<string, any> | null
  amount: string
  unallocated: string
}

/** The account's debits with something open, with what is open, oldest due first. */
export async function openDebits(manager: Manager, companyId: string, currencyCode: string) {
  const rows = await manager.execute(
    `SELECT e.id, e.due_date, e.effective_date, e.type, e.document_type, e.document_id, e.document_number,
            e.metadata, e.amount::text AS amount, (e.amount - COALESCE(SUM(a.amount), 0))::text AS unallocated
       FROM ledger_entry e
       LEFT JOIN ledger_allocation a ON a.debit_entry_id = e.id AND a.deleted_at IS NULL
      WHERE e.company_id = ? AND e.currency_code = ? AND e.side = 'debit' AND e.deleted_at IS NULL
      GROUP BY e.id
     HAVING e.amount - COALESCE(SUM(a.amount), 0) > 0
      ORDER BY COALESCE(e.due_date, e.effective_date), e.effective_date, e.id`,
    [companyId, currencyCode.toLowerCase()]
  )
  return rows as OpenDebit[]
}

/** The sum of the account's entries (negative when in credit) and how many entries it sums. */
export async function accountPosition(manager: Manager, companyId: string, currencyCode: string) {
  const [row] = await manager.execute(
    `SELECT COALESCE(SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END), 0)::text AS balance,
            COUNT(*)::int AS entries
       FROM ledger_entry WHERE company_id = ? AND currency_code = ? AND deleted_at IS NULL`,
    [companyId, currencyCode.toLowerCase()]
  )
  return { balance: row.balance as string, entries: row.entries as number }
}

export type OpenItem = {
  id: string
  effective_date: string
  due_date: string | null
  type: EntryType
  side: EntrySide
  document_id: string | null
  document_number: string | null
  amount: string
  open: string
}

/** What is open on an account as of a date: debits not yet paid, credits not yet allocated. */
export async function openItems(manager: Manager, companyId: string, currencyCode: string, asOf: CalendarDate) {
  const rows = await manager.execute(
    `SELECT e.id, e.effective_date, e.due_date, e.type, e.side, e.document_id, e.document_number,
            e.amount::text AS amount, (e.amount - COALESCE(a.allocated, 0))::text AS open
       FROM ledger_entry e
       LEFT JOIN LATERAL (
         SELECT SUM(amount) AS allocated FROM ledger_allocation
          WHERE (debit_entry_id = e.id OR credit_entry_id = e.id) AND effective_date <= ? AND deleted_at IS NULL
       ) a ON true
      WHERE e.company_id = ? AND e.currency_code = ? AND e.effective_date <= ? AND e.deleted_at IS NULL
        AND e.amount - COALESCE(a.allocated, 0) > 0
      ORDER BY COALESCE(e.due_date, e.effective_date), e.id`,
    [asOf, companyId, currencyCode.toLowerCase(), asOf]
  )
  return rows as OpenItem[]
}

/** The balance before `from` and every entry of the period with the running balance after it. */
export async function statementMovements(manager: Manager, filter: StatementFilter) {
  const currency = filter.currency_code.toLowerCase()
  const [opening] = await manager.execute(
    `SELECT COALESCE(SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END), 0)::text AS balance
       FROM ledger_entry
      WHERE company_id = ? AND currency_code = ? AND effective_date < ? AND deleted_at IS NULL`,
    [filter.company_id, currency, filter.from]
  )
  const movements = await manager.execute(
    `SELECT id, effective_date, due_date, type, side, document_type, document_id, document_number, source,
            reverses_entry_id, metadata, amount::text AS amount,
            (? + SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END)
                   OVER (ORDER BY effective_date, created_at, id))::text AS balance
       FROM ledger_entry
      WHERE company_id = ? AND currency_code = ? AND effective_date >= ? AND effective_date <= ?
        AND deleted_at IS NULL
      ORDER BY effective_date, created_at, id`,
    [opening.balance, filter.company_id, currency, filter.from, filter.to]
  )
  return { opening_balance: opening.balance as string, movements }
}
