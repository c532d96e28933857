import { MathBN } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"
import type { DocumentBalance, EntryType } from "../types"

/** What is left of each entry after its allocations (open for debits, unallocated for credits). */
export async function unallocated(manager: Manager, entryIds: string[]) {
  if (entryIds.length === 0) {
    return new Map<string, string>()
  }
  const rows = await manager.execute(
    `SELECT e.id, (e.amount - COALESCE(SUM(a.amount), 0))::text AS unallocated
       FROM ledger_entry e
       LEFT JOIN ledger_allocation a
         ON a.deleted_at IS NULL AND (a.debit_entry_id = e.id OR a.credit_entry_id = e.id)
      WHERE e.id IN (?) AND e.deleted_at IS NULL
      GROUP BY e.id, e.amount`,
    [entryIds]
  )
  return new Map<string, string>(rows.map((r) => [r.id, r.unallocated]))
}

/** The allocations of these credits that still stand (made and not yet reversed). */
export async function standingAllocations(manager: Manager, creditEntryIds: string[]) {
  const rows = await manager.execute(
    `SELECT a.id, a.debit_entry_id, a.credit_entry_id, a.amount::text AS amount, d.document_id
       FROM ledger_allocation a
       JOIN ledger_entry d ON d.id = a.debit_entry_id
      WHERE a.credit_entry_id IN (?) AND a.amount > 0 AND a.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM ledger_allocation r WHERE r.reverses_allocation_id = a.id AND r.deleted_at IS NULL)`,
    [creditEntryIds]
  )
  return rows as Array<{
    id: string
    debit_entry_id: string
    credit_entry_id: string
    amount: string
    document_id: string | null
  }>
}

/**
 * Where each document stands: what it booked, what is still open, what
 * settled it (per kind of credit) and each instalment's open amount.
 * Documents the ledger never booked are absent.
 */
export async function documentBalances(manager: Manager, documentIds: string[]) {
  const byDocument = new Map<string, DocumentBalance>()
  if (documentIds.length === 0) {
    return byDocument
  }
  const rows = await manager.execute(
    `SELECT e.id, e.document_id, e.side, e.due_date, e.amount::text AS amount,
            (e.amount - COALESCE(SUM(a.amount), 0))::text AS unallocated
       FROM ledger_entry e
       LEFT JOIN ledger_allocation a
         ON a.deleted_at IS NULL AND (a.debit_entry_id = e.id OR a.credit_entry_id = e.id)
      WHERE e.document_id IN (?) AND e.reverses_entry_id IS NULL AND e.deleted_at IS NULL
      GROUP BY e.id
      ORDER BY e.document_id, COALESCE(e.due_date, e.effective_date), e.id`,
    [documentIds]
  )
  for (const row of rows) {
    const balance: DocumentBalance = byDocument.get(row.document_id) ?? {
      document_id: row.document_id,
      amount: "0",
      open: "0",
      settled_by: {},
      instalments: [],
    }
    balance.amount = MathBN.add(balance.amount, row.amount).toFixed()
    balance.open = MathBN.add(balance.open, row.unallocated).toFixed()
    if (row.side === "debit") {
      balance.instalments.push({ entry_id: row.id, due_date: row.due_date, amount: row.amount, open: row.unallocated })
    }
    byDocument.set(row.document_id, balance)
  }
  const settled = await manager.execute(
    `SELECT e.document_id, c.type, SUM(a.amount)::text AS amount
       FROM ledger_entry e
       JOIN ledger_allocation a ON a.debit_entry_id = e.id AND a.deleted_at IS NULL
       JOIN ledger_entry c ON c.id = a.credit_entry_id
      WHERE e.document_id IN (?) AND e.side = 'debit' AND e.reverses_entry_id IS NULL
      GROUP BY e.document_id, c.type
     HAVING SUM(a.amount) <> 0`,
    [documentIds]
  )
  for (const row of settled) {
    const balance = byDocument.get(row.document_id)
    if (balance) balance.settled_by[row.type as EntryType] = row.amount
  }
  return byDocument
}
