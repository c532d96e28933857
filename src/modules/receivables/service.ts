import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Manager } from "../../lib/manager"
import { addDays, type CalendarDate, calendarDateInZone } from "../../lib/time"
import { enabledFeatures, type O2cOptions, parseO2cOptions } from "../o2c/options"
import { futureDateRefusal } from "./booking-date"
import { bookDocument } from "./commands/book-document"
import { type LedgerTx, postOnce } from "./commands/ledger-tx"
import { type WriteOffInput, writeOffDocument } from "./commands/write-off"
import { allocate, applyPayment, receivePayment, reversePayment } from "./commands/payments"
import { Allocation } from "./models/allocation"
import { LedgerEntry } from "./models/ledger-entry"
import { documentReceivables, ledgerListing, openItemsReport, statement, statementJson } from "./queries/accounts"
import { paymentDetail } from "./queries/payments"
import { agingReport, kpiReport } from "./queries/reports"
import { documentBalances, unallocated } from "./repositories/allocations"
import { accountPosition, openDebits } from "./repositories/entries"
import { listPayments, type PaymentListFilter } from "./repositories/payments"
import { openInvoicesDueBy, paymentsSince, settlementsOf, unallocatedByCompany } from "./repositories/collections"
import { mostOverdue } from "./repositories/reports"
import type {
  AllocateInput,
  ApplyPaymentInput,
  BookableDocument,
  PostEntryInput,
  ReceivePaymentInput,
  ReversePaymentInput,
  StatementFilter,
} from "./types"

// What callers of the service name: its inputs and its conflict error.
export { IdempotencyConflictError, type PostEntryInput, type SettlementRequest } from "./types"

// A statement covers the last 90 days unless asked otherwise.
const STATEMENT_DAYS = 90
// The KPIs' period unless asked otherwise: the last 90 days.
const KPI_DAYS = 90

/**
 * The receivables subledger: append-only entries per company and currency,
 * and allocations of credits to debits. A thin service: commands (post,
 * book, allocate, receive, apply, reverse) live in `commands/`, reads in
 * `queries/` and `repositories/` (the SQL), the rules in pure files beside.
 * Every write that depends on what is open or unallocated runs with the
 * account (company + currency) locked for its transaction, so concurrent
 * postings and allocations never overspend a credit or overpay a debit.
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

  private tx(context: Context): LedgerTx {
    return { service: this, manager: this.manager(context), context }
  }

  // Commands

  /**
   * Posts one entry, once: the same idempotency key with the same content
   * returns the entry it posted; with other content it is refused.
   */
  @InjectTransactionManager()
  async postEntry(input: PostEntryInput, @MedusaContext() context: Context = {}) {
    return (await postOnce(this.tx(context), input)).entry
  }

  /** Books an issued invoice or credit note, once (commands/book-document.ts). */
  @InjectTransactionManager()
  async bookDocument(document: BookableDocument, @MedusaContext() context: Context = {}) {
    return bookDocument(this.tx(context), document)
  }

  /** Allocates a credit to debits: the amounts given, or oldest first. All or nothing. */
  @InjectTransactionManager()
  async allocate(input: AllocateInput, @MedusaContext() context: Context = {}) {
    return allocate(this.tx(context), input)
  }

  /** Writes off part of a document's open amount (commands/write-off.ts). */
  @InjectTransactionManager()
  async writeOffDocument(input: WriteOffInput, @MedusaContext() context: Context = {}) {
    return writeOffDocument(this.tx(context), input)
  }

  /**
   * Records a payment received and settles what it was meant for, in one
   * transaction; a replayed idempotency key returns the payment recorded.
   */
  @InjectTransactionManager()
  async receivePayment(input: ReceivePaymentInput, @MedusaContext() context: Context = {}) {
    return receivePayment(this.tx(context), input, this.options.receivables.writeOffTolerance)
  }

  /** Settles open items with what is left of a payment, with discounts and write-offs. All or nothing. */
  @InjectTransactionManager()
  async applyPayment(input: ApplyPaymentInput, @MedusaContext() context: Context = {}) {
    return applyPayment(this.tx(context), input, this.options.receivables.writeOffTolerance)
  }

  /** Reverses a payment and everything it settled; reversing twice is a conflict. */
  @InjectTransactionManager()
  async reversePayment(input: ReversePaymentInput, @MedusaContext() context: Context = {}) {
    return reversePayment(this.tx(context), input)
  }

  // Queries

  /** Today in the merchant's time zone: the default as-of date. */
  today(): CalendarDate {
    return calendarDateInZone(new Date(), this.options.timeZone)
  }

  /**
   * A date that books money (a payment received, a reversal): today in the
   * store's time zone when not given, and never after today (400).
   */
  bookingDate(date: CalendarDate | undefined, field: string): CalendarDate {
    const today = this.today()
    const refusal =
      date === undefined ? null : futureDateRefusal({ field, date, today, timeZone: this.options.timeZone })
    if (refusal) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    }
    return date ?? today
  }

  /** The period of a statement: the dates given, by default the last 90 days to today. */
  statementPeriod(params: { from?: CalendarDate; to?: CalendarDate }) {
    const to = params.to ?? this.today()
    const from = params.from ?? addDays(to, -(STATEMENT_DAYS - 1))
    if (from > to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `from (${from}) must not be after to (${to})`)
    }
    return { from, to }
  }

  /** A payment, what it settled, what is left of it, and its reversal if any. */
  @InjectManager()
  async paymentDetail(paymentEntryId: string, @MedusaContext() context: Context = {}) {
    return paymentDetail(this.tx(context), paymentEntryId)
  }

  /** Payments across companies, filtered and paged, with totals per currency (repositories/payments.ts). */
  @InjectManager()
  async listPayments(filter: PaymentListFilter, @MedusaContext() context: Context = {}) {
    return listPayments(this.manager(context), filter)
  }

  /** What is left of each entry after its allocations (open for debits, unallocated for credits). */
  @InjectManager()
  async unallocatedOf(entryIds: string[], @MedusaContext() context: Context = {}) {
    return unallocated(this.manager(context), entryIds)
  }

  /** The account's debits with something open, with what is open. */
  @InjectManager()
  async openDebits(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    return openDebits(this.manager(context), companyId, currencyCode)
  }

  /** What the company owes in a currency: the sum of its entries (negative when it is in credit). */
  @InjectManager()
  async balance(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    return (await accountPosition(this.manager(context), companyId, currencyCode)).balance
  }

  /**
   * The account's balance with the number of entries it is the sum of.
   * Entries are never removed, so a larger count is a later position: a
   * cached copy of the balance keeps the one with the most entries.
   */
  @InjectManager()
  async accountPosition(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    return accountPosition(this.manager(context), companyId, currencyCode)
  }

  /** Where each document stands: booked, open, settled by what, per instalment. */
  @InjectManager()
  async documentBalances(documentIds: string[], @MedusaContext() context: Context = {}) {
    return documentBalances(this.manager(context), documentIds)
  }

  /** Adds `receivable` to each document: where it stands in the ledger today, null when it is not a receivable. */
  @InjectManager()
  async withReceivables<T extends { id: string }>(documents: T[], @MedusaContext() context: Context = {}) {
    const receivables = await documentReceivables(
      this.manager(context),
      documents.map((d) => d.id),
      this.today()
    )
    return documents.map((d) => ({ ...d, receivable: receivables.get(d.id) ?? null }))
  }

  /** The companies with the most overdue as of a date, per currency, with their oldest due date. */
  @InjectManager()
  async mostOverdue(
    filter: { as_of: CalendarDate; currency_code?: string; limit: number },
    @MedusaContext() context: Context = {}
  ) {
    return mostOverdue(this.manager(context), filter)
  }

  // What collections reads: see repositories/collections.ts.

  @InjectManager()
  async openInvoicesDueBy(
    filter: { as_of: CalendarDate; due_by: CalendarDate; company_id?: string },
    @MedusaContext() context: Context = {}
  ) {
    return openInvoicesDueBy(this.manager(context), filter)
  }

  @InjectManager()
  async unallocatedByCompany(
    filter: { as_of: CalendarDate; company_id?: string },
    @MedusaContext() context: Context = {}
  ) {
    return unallocatedByCompany(this.manager(context), filter)
  }

  @InjectManager()
  async settlementsOf(documentIds: string[], asOf: CalendarDate, @MedusaContext() context: Context = {}) {
    return settlementsOf(this.manager(context), documentIds, asOf)
  }

  @InjectManager()
  async paymentsSince(
    companyId: string,
    currencyCode: string,
    since: CalendarDate,
    @MedusaContext() context: Context = {}
  ) {
    return paymentsSince(this.manager(context), companyId, currencyCode, since)
  }

  /** One page of an account's entries, newest first, with its balance and open items today. */
  @InjectManager()
  async ledgerListing(
    account: { company_id: string; currency_code: string },
    page: { limit: number; offset: number },
    @MedusaContext() context: Context = {}
  ) {
    return ledgerListing(this.tx(context), account, { ...page, as_of: this.today() })
  }

  /** A company's balance and open items today, as the API shows them. */
  @InjectManager()
  async openItemsReport(companyId: string, currencyCode: string, @MedusaContext() context: Context = {}) {
    return openItemsReport(this.manager(context), companyId, currencyCode, this.today())
  }

  /**
   * Aging by due date (as of today unless asked), in the configured buckets
   * unless asked; an empty report is shown in `emptyCurrency`.
   */
  @InjectManager()
  async agingReport(
    params: { as_of?: CalendarDate; company_id?: string; currency_code?: string; buckets?: string },
    emptyCurrency: string,
    @MedusaContext() context: Context = {}
  ) {
    return agingReport(
      this.manager(context),
      {
        ...params,
        as_of: params.as_of ?? this.today(),
        buckets: params.buckets ?? this.options.receivables.agingBuckets.join(","),
      },
      emptyCurrency
    )
  }

  /** The collection KPIs per currency, by default over the 90 days to today. */
  @InjectManager()
  async kpiReport(
    params: { from?: CalendarDate; to?: CalendarDate; currency_code?: string },
    @MedusaContext() context: Context = {}
  ) {
    const to = params.to ?? this.today()
    const from = params.from ?? addDays(to, -(KPI_DAYS - 1))
    return kpiReport(this.manager(context), { from, to, currency_code: params.currency_code })
  }

  /** A statement of account for a period, amounts as decimal strings (what documents render). */
  @InjectManager()
  async statement(filter: StatementFilter, @MedusaContext() context: Context = {}) {
    return statement(this.manager(context), filter)
  }

  /** A statement of account as the API answers it in JSON, addressed to `company`. */
  @InjectManager()
  async statementReport(
    filter: StatementFilter,
    company: { id: string; name: string; legal_name: string | null },
    @MedusaContext() context: Context = {}
  ) {
    const data = statementJson(await statement(this.manager(context), filter))
    return { company: { id: company.id, name: company.name, legal_name: company.legal_name }, ...data }
  }
}
