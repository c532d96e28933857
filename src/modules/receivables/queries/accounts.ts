import { MathBN } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"
import { exactAmount, moneyString, num } from "../../../lib/money"
import { type CalendarDate, daysBetween } from "../../../lib/time"
import { paidOf } from "../ledger"
import type { LedgerTx } from "../commands/ledger-tx"
import { documentBalances, unallocated } from "../repositories/allocations"
import { accountPosition, openItems, statementMovements } from "../repositories/entries"
import type { StatementFilter } from "../types"

/** What is open on an account as of a date, each item with its days past due (null when it has no due date). */
export async function openItemsAsOf(manager: Manager, companyId: string, currencyCode: string, asOf: CalendarDate) {
  return (await openItems(manager, companyId, currencyCode, asOf)).map((item) => ({
    ...item,
    days_past_due: item.due_date ? daysBetween(item.due_date, asOf) : null,
  }))
}

/** A company's balance and open items (with due dates and days past due) in a currency, as the API shows them. */
export async function openItemsReport(manager: Manager, companyId: string, currencyCode: string, asOf: CalendarDate) {
  const { balance } = await accountPosition(manager, companyId, currencyCode)
  const items = await openItemsAsOf(manager, companyId, currencyCode, asOf)
  const overdue = items.filter((i) => i.side === "debit" && (i.days_past_due ?? 0) > 0).map((i) => i.open)
  return {
    company_id: companyId,
    currency_code: currencyCode.toLowerCase(),
    as_of: asOf,
    balance: num(balance),
    overdue: num(MathBN.add(0, ...overdue)),
    open_items: items.map((i) => ({
      id: i.id,
      type: i.type,
      side: i.side,
      document_id: i.document_id,
      document_number: i.document_number,
      effective_date: i.effective_date,
      due_date: i.due_date,
      amount: num(i.amount),
      open: num(i.open),
      days_past_due: i.days_past_due,
    })),
  }
}

/**
 * One page of an account's entries, newest first, each with what is left
 * unallocated, beside the account's balance and open items today.
 */
export async function ledgerListing(
  tx: LedgerTx,
  account: { company_id: string; currency_code: string },
  page: { limit: number; offset: number; as_of: CalendarDate }
) {
  const [entries, count] = await tx.service.listAndCountLedgerEntries(
    account,
    { skip: page.offset, take: page.limit, order: { effective_date: "DESC", created_at: "DESC" } },
    tx.context
  )
  const left = await unallocated(
    tx.manager,
    entries.map((e) => e.id)
  )
  const open = await openItemsReport(tx.manager, account.company_id, account.currency_code, page.as_of)
  return {
    ...open,
    count,
    limit: page.limit,
    offset: page.offset,
    entries: entries.map((e) => ({
      id: e.id,
      effective_date: e.effective_date,
      due_date: e.due_date,
      type: e.type,
      side: e.side,
      amount: num(exactAmount(e, "amount")),
      unallocated: num(left.get(e.id)),
      document_type: e.document_type,
      document_id: e.document_id,
      document_number: e.document_number,
      source: e.source,
      reverses_entry_id: e.reverses_entry_id,
      created_by: e.created_by,
      created_at: e.created_at,
      metadata: e.metadata,
    })),
  }
}

/**
 * Where each document stands in the ledger as the API shows it (open,
 * paid, credited, instalments with whether they are overdue at `asOf`);
 * documents that are not receivables are absent.
 */
export async function documentReceivables(manager: Manager, documentIds: string[], asOf: CalendarDate) {
  const balances = await documentBalances(manager, documentIds)
  return new Map(
    [...balances].map(([id, balance]) => [
      id,
      {
        open: num(balance.open),
        paid: num(paidOf(balance.settled_by)),
        credited: num(balance.settled_by.credit_note ?? 0),
        instalments: balance.instalments.map((i) => ({
          entry_id: i.entry_id,
          due_date: i.due_date,
          amount: num(i.amount),
          open: num(i.open),
          overdue: MathBN.gt(i.open, 0) && !!i.due_date && i.due_date < asOf,
        })),
      },
    ])
  )
}

/**
 * A statement of account: the balance before `from`, every entry from
 * `from` to `to` with the running balance, the closing balance, and the
 * items still open at `to`; amounts as the currency's decimal strings.
 */
export async function statement(manager: Manager, filter: StatementFilter) {
  const currency = filter.currency_code.toLowerCase()
  const { opening_balance, movements } = await statementMovements(manager, filter)
  const open = await openItemsAsOf(manager, filter.company_id, currency, filter.to)
  const closing = movements.length ? movements[movements.length - 1].balance : opening_balance
  return {
    company_id: filter.company_id,
    currency_code: currency,
    from: filter.from,
    to: filter.to,
    opening_balance: moneyString(opening_balance, currency),
    movements: movements.map((m) => ({ ...m, balance: moneyString(m.balance, currency) })),
    closing_balance: moneyString(closing, currency),
    open_items: open,
  }
}

export type Statement = Awaited<ReturnType<typeof statement>>

/** A statement as the API answers it in JSON: amounts as numbers. */
export function statementJson(data: Statement) {
  return {
    ...data,
    opening_balance: num(data.opening_balance),
    closing_balance: num(data.closing_balance),
    movements: data.movements.map((m) => ({ ...m, amount: num(m.amount), balance: num(m.balance) })),
    open_items: data.open_items.map((i) => ({ ...i, amount: num(i.amount), open: num(i.open) })),
  }
}
