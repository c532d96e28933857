import { randomUUID } from "node:crypto"
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
import { formatMoney, moneyString } from "../../lib/money"
import { type CalendarDate, daysBetween } from "../../lib/time"
import type { DueInstalment } from "../invoicing/document"
import { enabledFeatures, type O2cOptions, parseO2cOptions } from "../o2c/options"
import { discountedAmount } from "../payment-term/due-schedule"
import {
  allocateOldestFirst,
  allocationRefusal,
  type EntrySide,
  entryContentHash,
  type PayableItem,
  planPaymentApplication,
  sideRefusal,
} from "./ledger"
import { Allocation } from "./models/allocation"
import { listPayments, type PaymentListFilter } from "./repositories/payments"
import { type ENTRY_SOURCES, type ENTRY_TYPES, LedgerEntry } from "./models/ledger-entry"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]>; flush: () => Promise<void> }

export type EntryType = (typeof ENTRY_TYPES)[number]
export type EntrySource = (typeof ENTRY_SOURCES)[number]

export type PostEntryInput = {
  company_id: string
  currency_code: string
  type: EntryType
  side: EntrySide
  amount: BigNumberInput
  effective_date: string
  due_date?: string | null
  document_type?: string | null
  document_id?: string | null
  document_number?: string | null
  source?: EntrySource
  idempotency_key: string
  reverses_entry_id?: string | null
  payment_entry_id?: string | null
  created_by: string
  metadata?: Record<string, unknown> | null
}

/** An issued invoice or credit note, as the ledger books it. */
export type BookableDocument = {
  id: string
  kind: "invoice" | "credit_note"
  number: string
  company_id: string
  currency_code: string
  issue_date: string
  total: BigNumberInput
  due_schedule: DueInstalment[] | null
  corrects_invoice_id: string | null
}

/** What a payment is asked to settle: one entry (an instalment) or a whole invoice's open instalments. */
export type SettlementRequest = { debit_entry_id?: string; document_id?: string; amount: BigNumberInput }

export class IdempotencyConflictError extends MedusaError {
  constructor(key: string) {
    super(MedusaError.Types.CONFLICT, `Idempotency key ${key} was already used for a different entry`)
  }
}

const money = (value: BigNumberInput) => new BigNumber(value) as unknown as number

const later = (a: string, b: string) => (a > b ? a : b)

// Entries a payment books when it settles items short: they live and die with the payment.
const SETTLEMENT_TYPES = ["discount", "write_off"] as const

/**
 * The receivables subledger: append-only entries per company and currency,
 * and allocations of credits to debits. Every write that depends on what is
 * open or unallocated runs with the account (company + currency) locked for
 * its transaction, so concurrent postings and allocations never overspend
 * a credit or overpay a debit.
 */
export default class ReceivablesModuleService extends MedusaService({ LedgerEntry, Allocation }) {
  readonly options: O2cOptions

  constructor(container: Record<string, any>, options?: unknown) {
    super(container)
    this.options = parseO2cOptions(options)
  }

  /** False when the merchant switched receivables off: nothing is booked then. */
  get enabled() {
    return enabledFeatures(this.options).receivables
  }

  private manager(context: Context) {
    return (context.transactionManager ?? context.manager) as unknown as Manager
  }

  /**
   * Writes what the ORM holds so far: the raw SQL that reads open and
   * unallocated amounts later in the same transaction must see it.
   */
  private async flushed(context: Context) {
    await this.manager(context).flush()
  }

  private async lockAccount(companyId: string, currencyCode: string, context: Context) {
    await this.manager(context).execute("SELECT pg_advisory_xact_lock(hashtext(?))", [
      `o2c:ledger:${companyId}:${currencyCode}`,
    ])
  }

  /**
   * Posts one entry, once: the same idempotency key with the same content
   * returns the entry it posted; with other content it is refused.
   */
  @InjectTransactionManager()
  async postEntry(input: PostEntryInput, @MedusaContext() context: Context = {}) {
    return (await this.postOnce(input, context)).entry
  }

  private async postOnce(input: PostEntryInput, context: Context) {
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
      metadata: input.metadata ?? null,
    }
    const wrongSide = sideRefusal(input.type, input.side, !!input.reverses_entry_id)
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
      return { entry: existing, created: false }
    }
    const entry = await this.createLedgerEntries(
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
    await this.flushed(context)
    return { entry, created: true }
  }

  /**
   * Records a payment received and settles what it was meant for (see
   * `applyPayment`), in one transaction: a refused allocation records no
   * payment either. The same idempotency key with the same request returns
   * the payment as it was recorded, without applying it again.
   */
  @InjectTransactionManager()
  async receivePayment(
    input: {
      company_id: string
      currency_code: string
      amount: BigNumberInput
      received_on: CalendarDate
      method: string
      reference?: string | null
      source?: EntrySource
      idempotency_key: string
      /** Items to settle; oldest first when omitted, nothing when `allocate` is "none". */
      allocations?: SettlementRequest[]
      allocate?: "oldest_first" | "none"
      write_off_tolerance?: BigNumberInput
      created_by: string
    },
    @MedusaContext() context: Context = {}
  ) {
    const { entry, created } = await this.postOnce(
      {
        company_id: input.company_id,
        currency_code: input.currency_code,
        type: "payment",
        side: "credit",
        amount: input.amount,
        effective_date: input.received_on,
        source: input.source ?? "manual",
        idempotency_key: input.idempotency_key,
        created_by: input.created_by,
        metadata: {
          method: input.method,
          reference: input.reference ?? null,
          requested: input.allocations ?? input.allocate ?? "oldest_first",
          write_off_tolerance: input.write_off_tolerance ?? null,
        },
      },
      context
    )
    if (created && (input.allocations || input.allocate !== "none")) {
      await this.applyPayment(
        {
          payment_entry_id: entry.id,
          requested: input.allocations,
          write_off_tolerance: input.write_off_tolerance,
          created_by: input.created_by,
        },
        context
      )
    }
    return { ...(await this.paymentDetail(entry.id, context)), replayed: !created }
  }

  /**
   * A payment as a person reads it: the entry, what it settled (per item,
   * net of anything undone), the discounts and write-offs it booked, what
   * is left unallocated, and its reversal if any.
   */
  @InjectManager()
  async paymentDetail(paymentEntryId: string, @MedusaContext() context: Context = {}) {
    const [payment] = await this.listLedgerEntries({ id: paymentEntryId, type: "payment" }, {}, context)
    if (!payment || payment.reverses_entry_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment ${paymentEntryId} was not found`)
    }
    const manager = this.manager(context)
    const settled = await manager.execute(
      `SELECT c.type AS settled_with, d.id AS debit_entry_id, d.document_id, d.document_number, d.due_date,
              SUM(a.amount)::text AS amount
         FROM ledger_entry c
         JOIN ledger_allocation a ON a.credit_entry_id = c.id AND a.deleted_at IS NULL
         JOIN ledger_entry d ON d.id = a.debit_entry_id AND d.reverses_entry_id IS NULL
        WHERE (c.id = ? OR c.payment_entry_id = ?) AND c.deleted_at IS NULL AND c.reverses_entry_id IS NULL
        GROUP BY c.type, d.id
       HAVING SUM(a.amount) <> 0
        ORDER BY d.due_date, d.id, c.type`,
      [payment.id, payment.id]
    )
    const reversal = await this.reversalOf(payment.id, context)
    const left = (await this.unallocated([payment.id], context)).get(payment.id)!
    return {
      payment,
      allocations: settled.filter((s) => s.settled_with === "payment"),
      settlements: settled.filter((s) => s.settled_with !== "payment"),
      // A reversed payment is settled by its reversal: nothing of it is left to allocate.
      unallocated: left,
      reversed_by: reversal?.id ?? null,
    }
  }

  /** Payments across companies, filtered and paged, with totals per currency (repositories/payments.ts). */
  @InjectManager()
  async listPayments(filter: PaymentListFilter, @MedusaContext() context: Context = {}) {
    return listPayments(this.manager(context), filter)
  }

  /**
   * Books an issued document: an invoice as one debit per instalment (due
   * on its own date, with its early-payment discount), a credit note as a
   * credit applied to what is open on the invoice it corrects; what the
   * invoice no longer owes stays on the account as a credit. Idempotent: a
   * document booked twice is booked once.
   */
  @InjectTransactionManager()
  async bookDocument(document: BookableDocument, @MedusaContext() context: Context = {}) {
    const base = {
      company_id: document.company_id,
      currency_code: document.currency_code,
      effective_date: document.issue_date,
      document_type: document.kind,
      document_id: document.id,
      document_number: document.number,
      source: "order" as const,
      created_by: "system",
    }
    if (document.kind === "invoice") {
      const instalments = document.due_schedule ?? []
      const entries = []
      for (const [index, instalment] of instalments.entries()) {
        if (!MathBN.gt(instalment.amount, 0)) continue
        const discount =
          instalment.discount_percent && instalment.discount_until
            ? {
                until: instalment.discount_until,
                amount: MathBN.sub(
                  instalment.amount,
                  discountedAmount(instalment.amount, instalment.discount_percent, document.currency_code)
                ).toFixed(),
              }
            : null
        entries.push(
          await this.postEntry(
            {
              ...base,
              type: "invoice",
              side: "debit",
              amount: instalment.amount,
              due_date: instalment.due_date,
              idempotency_key: `invoice:${document.id}:${index + 1}`,
              metadata: { instalment: index + 1, of: instalments.length, discount },
            },
            context
          )
        )
      }
      return entries
    }
    if (!MathBN.gt(document.total, 0)) {
      return []
    }
    const credit = await this.postEntry(
      {
        ...base,
        type: "credit_note",
        side: "credit",
        amount: document.total,
        idempotency_key: `credit_note:${document.id}`,
      },
      context
    )
    if (document.corrects_invoice_id) {
      const left = (await this.unallocated([credit.id], context)).get(credit.id)!
      const open = (await this.openDebits(document.company_id, document.currency_code, context)).filter(
        (d) => d.document_id === document.corrects_invoice_id
      )
      await this.writeAllocations(credit, allocateOldestFirst(left, open), "system", context)
    }
    return [credit]
  }

  /** What is left of each entry after its allocations (open for debits, unallocated for credits). */
  @InjectManager()
  async unallocatedOf(entryIds: string[], @MedusaContext() context: Context = {}) {
    return entryIds.length ? this.unallocated(entryIds, context) : new Map<string, string>()
  }

  private async unallocated(entryIds: string[], context: Context) {
    const rows = await this.manager(context).execute(
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

  private async creditEntry(creditEntryId: string, context: Context) {
    const [credit] = await this.listLedgerEntries({ id: creditEntryId }, {}, context)
    if (credit?.side !== "credit") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credit entry ${creditEntryId} was not found`)
    }
    return credit
  }

  /**
   * Checks and writes allocations of one credit, all or nothing: the caller
   * holds the account lock. Refusals name the entry and the reason.
   */
  private async writeAllocations(
    credit: { id: string; company_id: string; currency_code: string; effective_date: string },
    requested: Array<{ debit_entry_id: string; amount: BigNumberInput }>,
    createdBy: string,
    context: Context
  ) {
    if (requested.length === 0) {
      return []
    }
    const debits = await this.listLedgerEntries({ id: requested.map((r) => r.debit_entry_id) }, {}, context)
    const left = await this.unallocated([credit.id, ...debits.map((d) => d.id)], context)
    const rows: Array<{ debit_entry_id: string; amount: string; effective_date: string }> = []
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
      rows.push({
        debit_entry_id: debit.id,
        amount: MathBN.convert(request.amount).toFixed(),
        effective_date: later(credit.effective_date, debit.effective_date),
      })
    }
    const allocations = await this.createAllocations(
      rows.map((row) => ({
        ...row,
        amount: money(row.amount),
        credit_entry_id: credit.id,
        company_id: credit.company_id,
        currency_code: credit.currency_code,
        created_by: createdBy,
      })),
      context
    )
    await this.flushed(context)
    return allocations
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
    const credit = await this.creditEntry(input.credit_entry_id, context)
    await this.lockAccount(credit.company_id, credit.currency_code, context)
    let requested = input.allocations
    if (!requested) {
      const open = await this.openDebits(credit.company_id, credit.currency_code, context)
      const left = (await this.unallocated([credit.id], context)).get(credit.id)!
      requested = allocateOldestFirst(left, open)
    }
    return this.writeAllocations(credit, requested, input.created_by, context)
  }

  /**
   * Settles open items with a payment (or what is left of it): the items
   * and amounts asked for, or oldest first. Within an item's early-payment
   * window the short-pay is booked as a discount; a remainder within the
   * write-off tolerance is written off. All of it or nothing.
   */
  @InjectTransactionManager()
  async applyPayment(
    input: {
      payment_entry_id: string
      requested?: SettlementRequest[]
      write_off_tolerance?: BigNumberInput
      created_by: string
    },
    @MedusaContext() context: Context = {}
  ) {
    const payment = await this.creditEntry(input.payment_entry_id, context)
    if (payment.type !== "payment" || payment.reverses_entry_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment ${input.payment_entry_id} was not found`)
    }
    await this.lockAccount(payment.company_id, payment.currency_code, context)
    if (await this.reversalOf(payment.id, context)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment ${payment.id} was reversed`)
    }
    const available = (await this.unallocated([payment.id], context)).get(payment.id)!
    const items: PayableItem[] = (
      await this.openDebits(payment.company_id, payment.currency_code, context)
    ).map((d) => ({ ...d, discount: (d.metadata?.discount as PayableItem["discount"]) ?? null }))
    const tolerance = input.write_off_tolerance ?? this.options.receivables.writeOffTolerance
    const plan = input.requested
      ? await this.planRequested(payment, input.requested, items, tolerance, context)
      : planPaymentApplication({
          payment_date: payment.effective_date,
          available,
          items,
          write_off_tolerance: tolerance,
        })
    const allocations = await this.writeAllocations(payment, plan.allocations, input.created_by, context)
    const settlements = []
    for (const type of SETTLEMENT_TYPES) {
      for (const row of type === "discount" ? plan.discounts : plan.write_offs) {
        const entry = await this.postEntry(
          {
            company_id: payment.company_id,
            currency_code: payment.currency_code,
            type,
            side: "credit",
            amount: row.amount,
            effective_date: payment.effective_date,
            source: payment.source,
            idempotency_key: `${type}:${payment.id}:${row.debit_entry_id}:${randomUUID()}`,
            payment_entry_id: payment.id,
            created_by: input.created_by,
          },
          context
        )
        await this.writeAllocations(entry, [row], input.created_by, context)
        settlements.push({ type, debit_entry_id: row.debit_entry_id, amount: row.amount, entry_id: entry.id })
      }
    }
    const unallocated = (await this.unallocated([payment.id], context)).get(payment.id)!
    return { payment, allocations, settlements, unallocated }
  }

  /**
   * An explicit request as a plan: an instalment is paid as asked; an
   * invoice's open instalments are paid oldest first with the amount given,
   * which may not exceed what the invoice needs.
   */
  private async planRequested(
    payment: { company_id: string; currency_code: string; effective_date: string },
    requested: SettlementRequest[],
    items: PayableItem[],
    tolerance: BigNumberInput,
    context: Context
  ) {
    const perEntry: Array<{ debit_entry_id: string; amount: BigNumberInput }> = []
    const plan = { allocations: [], discounts: [], write_offs: [] } as ReturnType<
      typeof planPaymentApplication
    >
    for (const request of requested) {
      if (request.debit_entry_id) {
        perEntry.push({ debit_entry_id: request.debit_entry_id, amount: request.amount })
        continue
      }
      const ofDocument = items.filter((i) => (i as any).document_id === request.document_id)
      const part = planPaymentApplication({
        payment_date: payment.effective_date,
        available: request.amount,
        items: ofDocument,
        write_off_tolerance: tolerance,
      })
      const applied = MathBN.add(0, ...part.allocations.map((a) => a.amount))
      if (MathBN.lt(applied, request.amount)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          await this.settlementRefusal(payment, request, applied, context)
        )
      }
      plan.allocations.push(...part.allocations)
      plan.discounts.push(...part.discounts)
      plan.write_offs.push(...part.write_offs)
    }
    const entries = planPaymentApplication({
      payment_date: payment.effective_date,
      available: 0,
      items,
      requested: perEntry,
      write_off_tolerance: tolerance,
    })
    plan.allocations.push(...entries.allocations)
    plan.discounts.push(...entries.discounts)
    plan.write_offs.push(...entries.write_offs)
    return plan
  }

  /** Why a payment cannot pay this much of an invoice, in words. */
  private async settlementRefusal(
    payment: { company_id: string; currency_code: string },
    request: SettlementRequest,
    needed: BigNumberInput,
    context: Context
  ) {
    const [entry] = await this.listLedgerEntries({ document_id: request.document_id }, { take: 1 }, context)
    if (!entry) {
      return `Invoice ${request.document_id} is not a receivable (not issued, or not sold on account)`
    }
    const invoice = entry.document_number ?? request.document_id
    if (entry.company_id !== payment.company_id) {
      return `${invoice} belongs to another company than the payment's`
    }
    if (entry.currency_code !== payment.currency_code) {
      return `${invoice} is in ${entry.currency_code.toUpperCase()}, the payment in ${payment.currency_code.toUpperCase()}: allocations never mix currencies`
    }
    const money = (value: BigNumberInput) => formatMoney(value, payment.currency_code)
    return MathBN.gt(needed, 0)
      ? `${invoice} needs ${money(needed)} to be settled, not ${money(request.amount)}`
      : `${invoice} has nothing left to settle`
  }

  private async reversalOf(entryId: string, context: Context) {
    const [reversal] = await this.listLedgerEntries({ reverses_entry_id: entryId }, { take: 1 }, context)
    return reversal ?? null
  }

  /**
   * Reverses a payment: every allocation it made (and the discounts and
   * write-offs it booked) is undone, so the items it paid are open again,
   * and a reversing entry cancels it on the account. Reversing twice is
   * refused.
   */
  @InjectTransactionManager()
  async reversePayment(
    input: { payment_entry_id: string; effective_date: string; reason?: string | null; created_by: string },
    @MedusaContext() context: Context = {}
  ) {
    const payment = await this.creditEntry(input.payment_entry_id, context)
    if (payment.type !== "payment" || payment.reverses_entry_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment ${input.payment_entry_id} was not found`)
    }
    await this.lockAccount(payment.company_id, payment.currency_code, context)
    if (await this.reversalOf(payment.id, context)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Payment ${payment.id} is already reversed`)
    }
    if (input.effective_date < payment.effective_date) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A payment received on ${payment.effective_date} cannot be reversed on ${input.effective_date}`
      )
    }
    const settlements = await this.listLedgerEntries(
      { payment_entry_id: payment.id },
      { select: ["id"] },
      context
    )
    const credits = await this.listLedgerEntries(
      { id: [payment.id, ...settlements.map((s) => s.id)] },
      {},
      context
    )
    const undone = await this.manager(context).execute(
      `SELECT a.id, a.debit_entry_id, a.credit_entry_id, a.amount::text AS amount, d.document_id
         FROM ledger_allocation a
         JOIN ledger_entry d ON d.id = a.debit_entry_id
        WHERE a.credit_entry_id IN (?) AND a.amount > 0 AND a.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM ledger_allocation r WHERE r.reverses_allocation_id = a.id AND r.deleted_at IS NULL)`,
      [credits.map((c) => c.id)]
    )
    if (undone.length) {
      await this.createAllocations(
        undone.map((a) => ({
          company_id: payment.company_id,
          currency_code: payment.currency_code,
          debit_entry_id: a.debit_entry_id,
          credit_entry_id: a.credit_entry_id,
          amount: money(MathBN.mult(a.amount, -1)),
          effective_date: input.effective_date,
          reverses_allocation_id: a.id,
          created_by: input.created_by,
        })),
        context
      )
      await this.flushed(context)
    }
    const reversals = []
    for (const credit of credits) {
      const reversal = await this.postEntry(
        {
          company_id: credit.company_id,
          currency_code: credit.currency_code,
          type: credit.type,
          side: "debit",
          amount: (credit as any).raw_amount ?? credit.amount,
          effective_date: input.effective_date,
          document_type: credit.document_type,
          document_id: credit.document_id,
          document_number: credit.document_number,
          source: credit.source,
          idempotency_key: `reversal:${credit.id}`,
          reverses_entry_id: credit.id,
          created_by: input.created_by,
          // What the statement and the ledger show of the reversal: which payment, and why.
          metadata: { reason: input.reason ?? null, reference: (credit.metadata as any)?.reference ?? null },
        },
        context
      )
      // The reversal and what it reverses settle each other: neither stays open.
      await this.writeAllocations(
        { ...credit, effective_date: input.effective_date },
        [{ debit_entry_id: reversal.id, amount: (credit as any).raw_amount ?? credit.amount }],
        input.created_by,
        context
      )
      reversals.push(reversal)
    }
    const reopened = undone.map((a) => a.document_id as string | null).filter((id): id is string => !!id)
    return { payment, reversals, reopened_documents: [...new Set(reopened)] }
  }

  /** The account's debits with something open, with what is open. */
  @InjectManager()
  async openDebits(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    const rows = await this.manager(context).execute(
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
    return rows as Array<{
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
    }>
  }

  /** What the company owes in a currency: the sum of its entries (negative when it is in credit). */
  @InjectManager()
  async balance(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    return (await this.accountPosition(companyId, currencyCode, context)).balance
  }

  /**
   * The account's balance with the number of entries it is the sum of.
   * Entries are never removed, so a larger count is a later position: a
   * cached copy of the balance keeps the one with the most entries.
   */
  @InjectManager()
  async accountPosition(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    const [row] = await this.manager(context).execute(
      `SELECT COALESCE(SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END), 0)::text AS balance,
              COUNT(*)::int AS entries
         FROM ledger_entry WHERE company_id = ? AND currency_code = ? AND deleted_at IS NULL`,
      [companyId, currencyCode.toLowerCase()]
    )
    return { balance: row.balance as string, entries: row.entries as number }
  }

  /**
   * Where each document stands: what it booked, what is still open, what
   * settled it (payments, credit notes, discounts, write-offs) and each
   * instalment's open amount. Documents the ledger never booked are absent.
   */
  @InjectManager()
  async documentBalances(documentIds: string[], @MedusaContext() context: Context = {}) {
    if (documentIds.length === 0) {
      return new Map<string, DocumentBalance>()
    }
    const rows = await this.manager(context).execute(
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
    const byDocument = new Map<string, DocumentBalance>()
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
        balance.instalments.push({
          entry_id: row.id,
          due_date: row.due_date,
          amount: row.amount,
          open: row.unallocated,
        })
      }
      byDocument.set(row.document_id, balance)
    }
    // What settled each debit, summed per kind of credit.
    const settled = await this.manager(context).execute(
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

  /**
   * The entries of one side with what is left of each as of a date, as a
   * subquery. Allocations are summed once per entry and joined by hash: on a
   * million open items that is about twice as fast as looking them up entry
   * by entry (bench/receivables-ledger.ts).
   */
  private leftAsOf(side: EntrySide, filter: AccountFilter) {
    const column = side === "debit" ? "debit_entry_id" : "credit_entry_id"
    const scope: Array<[string, unknown]> = []
    if (filter.company_id) scope.push(["company_id", filter.company_id])
    if (filter.currency_code) scope.push(["currency_code", filter.currency_code.toLowerCase()])
    const on = (alias: string) => scope.map(([c]) => ` AND ${alias}${c} = ?`).join("")
    const values = scope.map(([, v]) => v)
    return {
      sql: `SELECT e.id, e.company_id, e.currency_code, e.due_date, e.effective_date,
                   e.amount - COALESCE(a.allocated, 0) AS open
              FROM ledger_entry e
              LEFT JOIN (
                SELECT ${column} AS entry_id, SUM(amount) AS allocated FROM ledger_allocation
                 WHERE effective_date <= ? AND deleted_at IS NULL${on("")}
                 GROUP BY 1
              ) a ON a.entry_id = e.id
             WHERE e.side = '${side}' AND e.effective_date <= ? AND e.deleted_at IS NULL${on("e.")}
               AND e.amount - COALESCE(a.allocated, 0) > 0`,
      params: [filter.as_of, ...values, filter.as_of, ...values],
    }
  }

  /**
   * Open debits as of a date, summed per currency and days past due (by due
   * date): what aging buckets and KPIs are made of. Allocations count from
   * their effective date, so any past date reads as it stood then.
   */
  @InjectManager()
  async openByDaysPastDue(filter: AccountFilter, @MedusaContext() context: Context = {}) {
    const open = this.leftAsOf("debit", filter)
    const rows = await this.manager(context).execute(
      `SELECT o.currency_code, (?::date - COALESCE(o.due_date, o.effective_date)::date) AS days_past_due,
              SUM(o.open)::text AS open
         FROM (${open.sql}) o
        GROUP BY 1, 2`,
      [filter.as_of, ...open.params]
    )
    return rows.map((r) => ({
      currency_code: r.currency_code as string,
      days_past_due: Number(r.days_past_due),
      open: r.open as string,
    }))
  }

  /** Credits not allocated as of a date, per currency: cash on account, unused credit notes. */
  @InjectManager()
  async unallocatedCredits(filter: AccountFilter, @MedusaContext() context: Context = {}) {
    const left = this.leftAsOf("credit", filter)
    const rows = await this.manager(context).execute(
      `SELECT o.currency_code, SUM(o.open)::text AS unallocated FROM (${left.sql}) o GROUP BY 1`,
      left.params
    )
    return new Map<string, string>(rows.map((r) => [r.currency_code, r.unallocated]))
  }

  /** The companies with the most overdue as of a date, per currency, with their oldest due date. */
  @InjectManager()
  async mostOverdue(
    filter: { as_of: CalendarDate; currency_code?: string; limit: number },
    @MedusaContext() context: Context = {}
  ) {
    const open = this.leftAsOf("debit", filter)
    const rows = await this.manager(context).execute(
      `SELECT o.company_id, o.currency_code, SUM(o.open)::text AS overdue, MIN(o.due_date) AS oldest_due_date
         FROM (${open.sql}) o
        WHERE o.due_date < ?
        GROUP BY 1, 2
        ORDER BY SUM(o.open) DESC
        LIMIT ?`,
      [...open.params, filter.as_of, filter.limit]
    )
    return rows as Array<{
      company_id: string
      currency_code: string
      overdue: string
      oldest_due_date: string
    }>
  }

  /** Credit sales (invoices less credit notes) per currency and calendar month ("YYYY-MM") over a date range. */
  @InjectManager()
  async creditSales(
    filter: { from: CalendarDate; to: CalendarDate },
    @MedusaContext() context: Context = {}
  ) {
    const rows = await this.manager(context).execute(
      `SELECT currency_code, substr(effective_date, 1, 7) AS month,
              SUM(CASE WHEN type = 'invoice' THEN amount ELSE -amount END)::text AS sales
         FROM ledger_entry
        WHERE type IN ('invoice', 'credit_note') AND reverses_entry_id IS NULL
          AND effective_date >= ? AND effective_date <= ? AND deleted_at IS NULL
        GROUP BY 1, 2`,
      [filter.from, filter.to]
    )
    return rows as Array<{ currency_code: string; month: string; sales: string }>
  }

  /**
   * A statement of account: the balance before `from`, every entry from
   * `from` to `to` with the running balance, the closing balance, and the
   * items still open at `to`.
   */
  @InjectManager()
  async statement(
    filter: { company_id: string; currency_code: string; from: CalendarDate; to: CalendarDate },
    @MedusaContext() context: Context = {}
  ) {
    const currency = filter.currency_code.toLowerCase()
    const manager = this.manager(context)
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
    const openItems = await this.openItems(filter.company_id, currency, filter.to, context)
    const closing = movements.length ? movements[movements.length - 1].balance : opening.balance
    return {
      company_id: filter.company_id,
      currency_code: currency,
      from: filter.from,
      to: filter.to,
      opening_balance: moneyString(opening.balance, currency),
      movements: movements.map((m) => ({ ...m, balance: moneyString(m.balance, currency) })),
      closing_balance: moneyString(closing, currency),
      open_items: openItems,
    }
  }

  /** What is open on an account as of a date: debits not yet paid, credits not yet allocated. */
  @InjectManager()
  async openItems(
    companyId: string,
    currencyCode: string,
    asOf: CalendarDate,
    @MedusaContext() context: Context = {}
  ) {
    const rows = await this.manager(context).execute(
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
    return rows.map((item) => ({
      ...(item as {
        id: string
        effective_date: string
        due_date: string | null
        type: EntryType
        side: EntrySide
        document_id: string | null
        document_number: string | null
        amount: string
        open: string
      }),
      days_past_due: item.due_date ? daysBetween(item.due_date, asOf) : null,
    }))
  }
}

export type AccountFilter = { as_of: CalendarDate; company_id?: string; currency_code?: string }

export type DocumentBalance = {
  document_id: string
  amount: string
  open: string
  settled_by: Partial<Record<EntryType, string>>
  instalments: Array<{ entry_id: string; due_date: string | null; amount: string; open: string }>
}
