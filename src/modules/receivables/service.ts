import type { BigNumberInput, Context } from "@medusajs/framework/types"
import {
  BigNumber,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  allocateOldestFirst,
  allocationRefusal,
  type EntrySide,
  entryContentHash,
  sideRefusal,
} from "./ledger"
import { Allocation } from "./models/allocation"
import { type ENTRY_SOURCES, type ENTRY_TYPES, LedgerEntry } from "./models/ledger-entry"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type PostEntryInput = {
  company_id: string
  currency_code: string
  type: (typeof ENTRY_TYPES)[number]
  side: EntrySide
  amount: BigNumberInput
  effective_date: string
  due_date?: string | null
  document_type?: string | null
  document_id?: string | null
  document_number?: string | null
  source?: (typeof ENTRY_SOURCES)[number]
  idempotency_key: string
  reverses_entry_id?: string | null
  created_by: string
  metadata?: Record<string, unknown> | null
}

export class IdempotencyConflictError extends MedusaError {
  constructor(key: string) {
    super(MedusaError.Types.CONFLICT, `Idempotency key ${key} was already used for a different entry`)
  }
}

const money = (value: BigNumberInput) => new BigNumber(value) as unknown as number

/**
 * The receivables subledger: append-only entries per company and currency,
 * and allocations of credits to debits. Every write that depends on what is
 * open or unallocated runs with the account (company + currency) locked for
 * its transaction, so concurrent postings and allocations never overspend
 * a credit or overpay a debit.
 */
export default class ReceivablesModuleService extends MedusaService({ LedgerEntry, Allocation }) {
  private async lockAccount(companyId: string, currencyCode: string, context: Context) {
    const manager = context.transactionManager as unknown as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [
      `o2c:ledger:${companyId}:${currencyCode}`,
    ])
  }

  /**
   * Posts one entry, once: the same idempotency key with the same content
   * returns the entry it posted; with other content it is refused.
   */
  @InjectTransactionManager()
  async postEntry(input: PostEntryInput, @MedusaContext() context: Context = {}) {
    const currency = input.currency_code.toLowerCase()
    if (!MathBN.gt(input.amount, 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "amount must be more than zero: the side says which way it goes"
      )
    }
    const content = {
      company_id: input.company_id,
      currency_code: currency,
      type: input.type,
      side: input.side,
      amount: MathBN.convert(input.amount).toFixed(),
      effective_date: input.effective_date,
      due_date: input.due_date ?? null,
      document_id: input.document_id ?? null,
      reverses_entry_id: input.reverses_entry_id ?? null,
    }
    const wrongSide = sideRefusal(input.type, input.side)
    if (wrongSide) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, wrongSide)
    }
    const contentHash = entryContentHash(content)
    await this.lockAccount(input.company_id, currency, context)
    const [existing] = await this.listLedgerEntries({ idempotency_key: input.idempotency_key }, {}, context)
    if (existing) {
      if (existing.content_hash !== contentHash) {
        throw new IdempotencyConflictError(input.idempotency_key)
      }
      return existing
    }
    return this.createLedgerEntries(
      {
        ...input,
        currency_code: currency,
        amount: money(input.amount),
        due_date: input.due_date ?? null,
        source: input.source ?? "manual",
        content_hash: contentHash,
      },
      context
    )
  }

  /** What is left of each entry after its allocations (open for debits, unallocated for credits). */
  private async unallocated(entryIds: string[], context: Context) {
    const manager = context.transactionManager as unknown as Manager
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

  /**
   * Allocates a credit to debits of the same company and currency: the given
   * amounts, or oldest first until the credit or the open debits run out.
   * All of it or nothing: one refused allocation writes none.
   */
  @InjectTransactionManager()
  async allocate(
    input: {
      credit_entry_id: string
      allocations?: Array<{ debit_entry_id: string; amount: BigNumberInput }>
      created_by: string
    },
    @MedusaContext() context: Context = {}
  ) {
    const [credit] = await this.listLedgerEntries({ id: input.credit_entry_id }, {}, context)
    if (credit?.side !== "credit") {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Credit entry ${input.credit_entry_id} was not found`
      )
    }
    await this.lockAccount(credit.company_id, credit.currency_code, context)
    let requested = input.allocations
    if (!requested) {
      const open = await this.openDebits(credit.company_id, credit.currency_code, context)
      const left = (await this.unallocated([credit.id], context)).get(credit.id)!
      requested = allocateOldestFirst(left, open)
    }
    const debits = await this.listLedgerEntries({ id: requested.map((r) => r.debit_entry_id) }, {}, context)
    const left = await this.unallocated([credit.id, ...debits.map((d) => d.id)], context)
    const rows: Array<{ debit_entry_id: string; amount: string }> = []
    for (const request of requested) {
      const debit = debits.find((d) => d.id === request.debit_entry_id)
      if (debit?.side !== "debit") {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Debit entry ${request.debit_entry_id} was not found`
        )
      }
      const refusal = allocationRefusal({
        credit: { ...credit, unallocated: left.get(credit.id)! },
        debit: { ...debit, unallocated: left.get(debit.id)! },
        amount: request.amount,
      })
      if (refusal) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
      }
      left.set(credit.id, MathBN.sub(left.get(credit.id)!, request.amount).toFixed())
      left.set(debit.id, MathBN.sub(left.get(debit.id)!, request.amount).toFixed())
      rows.push({ debit_entry_id: debit.id, amount: MathBN.convert(request.amount).toFixed() })
    }
    if (rows.length === 0) {
      return []
    }
    return this.createAllocations(
      rows.map((row) => ({
        ...row,
        amount: money(row.amount),
        credit_entry_id: credit.id,
        company_id: credit.company_id,
        currency_code: credit.currency_code,
        created_by: input.created_by,
      })),
      context
    )
  }

  /** The account's debits with something open, with what is open. */
  @InjectManager()
  async openDebits(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    const manager = (context.transactionManager ?? context.manager) as unknown as Manager
    const rows = await manager.execute(
      `SELECT e.id, e.due_date, e.effective_date, e.document_number, e.amount::text AS amount,
              (e.amount - COALESCE(SUM(a.amount), 0))::text AS unallocated
         FROM ledger_entry e
         LEFT JOIN ledger_allocation a ON a.debit_entry_id = e.id AND a.deleted_at IS NULL
        WHERE e.company_id = ? AND e.currency_code = ? AND e.side = 'debit' AND e.deleted_at IS NULL
        GROUP BY e.id
       HAVING e.amount - COALESCE(SUM(a.amount), 0) > 0
        ORDER BY COALESCE(e.due_date, e.effective_date), e.effective_date, e.id`,
      [companyId, currencyCode.toLowerCase()]
    )
    return rows as Array<{
      id: string
      due_date: string | null
      effective_date: string
      document_number: string | null
      amount: string
      unallocated: string
    }>
  }

  /** What the company owes in a currency: the sum of its entries (negative when it is in credit). */
  @InjectManager()
  async balance(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    const manager = (context.transactionManager ?? context.manager) as unknown as Manager
    const [row] = await manager.execute(
      `SELECT COALESCE(SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END), 0)::text AS balance
         FROM ledger_entry WHERE company_id = ? AND currency_code = ? AND deleted_at IS NULL`,
      [companyId, currencyCode.toLowerCase()]
    )
    return row.balance as string
  }
}
