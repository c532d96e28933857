import type { BigNumberInput, Context } from "@medusajs/framework/types"
import {
  BigNumber,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { checkCredit, exactAmount } from "./credit"
import { type CompanyChanges, creditSettingChanges, missingReasonMessage } from "./credit-settings"
import { Company } from "./models/company"
import { CompanyBuyer } from "./models/company-buyer"
import { CreditCommitment } from "./models/credit-commitment"
import { CreditEvent } from "./models/credit-event"
import { CreditOverride } from "./models/credit-override"
import { type ExposureDrift, uninvoicedExposureDrifts } from "./repositories/exposure"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

type LockedCompany = {
  id: string
  name: string
  status: "active" | "on_hold" | "closed"
  hold_reason: string | null
  hold_buyer_message: string | null
  currency_code: string
  payment_term_id: string | null
  credit_limit: string | null
  uninvoiced_exposure: string
  receivables_exposure: string
}

const ACTIVE_COMMITMENT = ["reserved", "open"]

// The generated inputs type bigNumber fields as number, but the data layer
// takes a BigNumber and keeps every digit of it: never go through a float.
const amount = (value: BigNumberInput) => new BigNumber(value) as unknown as number

export type { ExposureDrift } from "./repositories/exposure"

export default class CompanyModuleService extends MedusaService({
  Company,
  CompanyBuyer,
  CreditCommitment,
  CreditEvent,
  CreditOverride,
}) {
  /**
   * Locks the company row for the rest of the transaction and reads its
   * credit figures as exact decimal strings. Every credit change of a company
   * goes through here: the caller also holds the Locking module's lock, this
   * makes the database agree even without it.
   */
  private async lockCompany(companyId: string, context: Context): Promise<LockedCompany> {
    const manager = context.transactionManager as unknown as Manager
    const [row] = await manager.execute(
      `SELECT id, name, status, hold_reason, hold_buyer_message, currency_code, payment_term_id,
              credit_limit::text AS credit_limit,
              uninvoiced_exposure::text AS uninvoiced_exposure,
              receivables_exposure::text AS receivables_exposure
         FROM company WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [companyId]
    )
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${companyId} was not found`)
    }
    return row
  }

  /** Moves uninvoiced exposure by `delta` in SQL numeric: exact, and one statement. */
  private async addUninvoicedExposure(companyId: string, delta: BigNumberInput, context: Context) {
    const manager = context.transactionManager as unknown as Manager
    const value = MathBN.convert(delta).toFixed()
    await manager.execute(
      `UPDATE company
          SET uninvoiced_exposure = uninvoiced_exposure + ?::numeric,
              raw_uninvoiced_exposure = jsonb_build_object('value', (uninvoiced_exposure + ?::numeric)::text, 'precision', 20),
              updated_at = now()
        WHERE id = ?`,
      [value, value, companyId]
    )
  }

  /**
   * An on-account order's issued invoices now add up to `invoiced_total`:
   * that part of the order leaves uninvoiced exposure (up to what the order
   * committed), because the receivables ledger holds it from now on. Set,
   * not added, so that running it twice changes nothing. Credit notes do not
   * come back here: they lower the ledger's balance. Null when the order was
   * not on account.
   */
  @InjectTransactionManager()
  async recordInvoiced(
    input: { order_id: string; invoiced_total: BigNumberInput },
    @MedusaContext() context: Context = {}
  ) {
    const [found] = await this.listCreditCommitments({ order_id: input.order_id }, {}, context)
    if (!found || !["open", "invoiced"].includes(found.status)) {
      return null
    }
    await this.lockCompany(found.company_id, context)
    const [commitment] = await this.listCreditCommitments({ id: found.id }, {}, context)
    const committed = exactAmount(commitment, "amount")
    const invoicedBefore = exactAmount(commitment, "invoiced_amount")
    // Only the part of the invoiced amount within what was committed was counted as uninvoiced.
    const clamp = (v: BigNumberInput) => MathBN.min(MathBN.max(v, 0), committed)
    const leavingUninvoiced = MathBN.sub(clamp(input.invoiced_total), clamp(invoicedBefore))
    await this.addUninvoicedExposure(commitment.company_id, MathBN.mult(leavingUninvoiced, -1), context)
    return this.updateCreditCommitments(
      {
        id: commitment.id,
        invoiced_amount: amount(input.invoiced_total),
        status: MathBN.gte(input.invoiced_total, committed) ? "invoiced" : "open",
      },
      context
    )
  }

  /**
   * Keeps the company's copy of its receivables balance (the ledger's, in
   * the company currency) for the credit check to read with the company
   * row. Positions only move forward: a copy read before a later posting
   * never overwrites the newer one.
   */
  @InjectTransactionManager()
  async syncReceivablesExposure(
    input: { company_id: string; currency_code: string; balance: BigNumberInput; entries: number },
    @MedusaContext() context: Context = {}
  ) {
    const company = await this.lockCompany(input.company_id, context)
    if (company.currency_code.toLowerCase() !== input.currency_code.toLowerCase()) {
      return false
    }
    const manager = context.transactionManager as unknown as Manager
    const value = MathBN.convert(input.balance).toFixed()
    const updated = await manager.execute(
      `UPDATE company
          SET receivables_exposure = ?::numeric,
              raw_receivables_exposure = jsonb_build_object('value', ?::text, 'precision', 20),
              receivables_entries = ?, updated_at = now()
        WHERE id = ? AND receivables_entries <= ?
       RETURNING id`,
      [value, value, input.entries, input.company_id, input.entries]
    )
    return updated.length > 0
  }

  /**
   * Reserves credit for an on-account cart, or refuses with a message for the
   * buyer. Idempotent per cart: a retried completion finds its reservation.
   */
  @InjectTransactionManager()
  async reserveCredit(
    input: {
      company_id: string
      cart_id: string
      payment_session_id: string
      amount: BigNumberInput
      currency_code: string
    },
    @MedusaContext() context: Context = {}
  ) {
    const company = await this.lockCompany(input.company_id, context)
    const [existing] = await this.listCreditCommitments({ cart_id: input.cart_id }, {}, context)
    if (existing && ACTIVE_COMMITMENT.includes(existing.status)) {
      return existing
    }
    const [override] = await this.listCreditOverrides(
      { cart_id: input.cart_id, company_id: company.id, used_at: null },
      {},
      context
    )
    const refusal = checkCredit({
      account: company,
      amount: input.amount,
      currencyCode: input.currency_code,
      overridden: !!override,
    })
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, refusal.code)
    }
    if (override) {
      await this.updateCreditOverrides({ id: override.id, used_at: new Date() }, context)
    }
    await this.addUninvoicedExposure(company.id, input.amount, context)
    const data = {
      cart_id: input.cart_id,
      payment_session_id: input.payment_session_id,
      amount: amount(input.amount),
      currency_code: input.currency_code.toLowerCase(),
      status: "reserved" as const,
      override_id: override?.id ?? null,
      order_id: null,
      company_id: company.id,
    }
    return existing
      ? this.updateCreditCommitments({ id: existing.id, ...data }, context)
      : this.createCreditCommitments(data, context)
  }

  /** The buyer record (with its company) of a customer, or null when the customer buys for no company. */
  async buyerAccount(customerId: string) {
    const [buyer] = await this.listCompanyBuyers({ customer_id: customerId }, { relations: ["company"] })
    return buyer ?? null
  }

  /** Turns a cart's reservation into an open order commitment, with the payment term it was placed under. */
  @InjectTransactionManager()
  async confirmCommitment(
    input: { cart_id: string; order_id: string; payment_term: Record<string, unknown> | null },
    @MedusaContext() context: Context = {}
  ) {
    const [commitment] = await this.listCreditCommitments({ cart_id: input.cart_id }, {}, context)
    if (commitment?.status !== "reserved") {
      return commitment ?? null
    }
    return this.updateCreditCommitments(
      { id: commitment.id, status: "open", order_id: input.order_id, payment_term: input.payment_term },
      context
    )
  }

  /** Gives a commitment's credit back (failed completion, canceled order). Idempotent. */
  @InjectTransactionManager()
  async releaseCommitment(
    filter: { cart_id?: string; order_id?: string },
    @MedusaContext() context: Context = {}
  ) {
    const [found] = await this.listCreditCommitments(filter, {}, context)
    if (!found || !ACTIVE_COMMITMENT.includes(found.status)) {
      return found ?? null
    }
    const company = await this.lockCompany(found.company_id, context)
    // Re-read under the company lock: a concurrent release may have won.
    const [commitment] = await this.listCreditCommitments({ id: found.id }, {}, context)
    if (!ACTIVE_COMMITMENT.includes(commitment.status)) {
      return commitment
    }
    // An order invoiced in part only still owes the rest of its commitment.
    const uninvoiced = MathBN.sub(
      exactAmount(commitment, "amount"),
      exactAmount(commitment, "invoiced_amount")
    )
    await this.addUninvoicedExposure(company.id, MathBN.mult(MathBN.max(uninvoiced, 0), -1), context)
    if (commitment.override_id) {
      await this.updateCreditOverrides({ id: commitment.override_id, used_at: null }, context)
    }
    return this.updateCreditCommitments({ id: commitment.id, status: "released" }, context)
  }

  /** Creates a company; an initial credit limit or term enters the credit history. */
  @InjectTransactionManager()
  async createCompanyAccount(
    input: { data: CompanyChanges; actor_id: string },
    @MedusaContext() context: Context = {}
  ) {
    const { credit_limit, ...rest } = input.data
    const company = await this.createCompanies(
      {
        ...rest,
        credit_limit: credit_limit === null || credit_limit === undefined ? null : amount(credit_limit),
      } as any,
      context
    )
    const none = { credit_limit: null, payment_term_id: null, status: company.status }
    await this.recordCreditEvents(
      company.id,
      creditSettingChanges(none, input.data),
      input.actor_id,
      "company created",
      context
    )
    return company
  }

  private async recordCreditEvents(
    companyId: string,
    changes: ReturnType<typeof creditSettingChanges>,
    actorId: string,
    reason: string | null | undefined,
    context: Context
  ) {
    if (changes.length) {
      await this.createCreditEvents(
        changes.map((e) => ({
          ...e,
          company_id: companyId,
          actor_id: actorId,
          reason: reason ?? null,
        })) as any,
        context
      )
    }
  }

  /**
   * Updates a company and writes one credit-history entry per changed credit
   * setting (limit, payment term, status), in one transaction. Each of those
   * changes needs the reason the person gave; a hold also keeps who put it,
   * when, and what the buyer is told (`buyer_message`; the reason stays internal).
   */
  @InjectTransactionManager()
  async updateCompanyAccount(
    input: {
      id: string
      changes: CompanyChanges
      actor_id: string
      reason?: string | null
      buyer_message?: string | null
    },
    @MedusaContext() context: Context = {}
  ) {
    const company = await this.lockCompany(input.id, context)
    const { changes } = input
    const events = creditSettingChanges(company, changes)
    const refusal = missingReasonMessage(company, events, input.reason)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    }
    const update: Record<string, unknown> = { ...changes, id: company.id }
    for (const key of Object.keys(update)) {
      if (update[key] === undefined) delete update[key]
    }
    if (changes.credit_limit !== undefined) {
      update.credit_limit = changes.credit_limit === null ? null : amount(changes.credit_limit)
    }
    if (changes.status !== undefined && changes.status !== company.status) {
      const holding = changes.status === "on_hold"
      Object.assign(update, {
        hold_reason: holding ? (input.reason ?? null) : null,
        hold_buyer_message: holding ? (input.buyer_message ?? null) : null,
        held_at: holding ? new Date() : null,
        held_by: holding ? input.actor_id : null,
      })
      const hold = events.find((e) => e.type === "hold")
      if (hold && input.buyer_message) {
        hold.to_value = { ...(hold.to_value as object), buyer_message: input.buyer_message }
      }
    }
    await this.updateCompanies(update as any, context)
    await this.recordCreditEvents(company.id, events, input.actor_id, input.reason, context)
    const [updated] = await this.listCompanies({ id: company.id }, {}, context)
    return updated
  }

  /** Approves one cart to go over the company's limit, and records who and why. */
  @InjectTransactionManager()
  async approveOverride(
    input: { company_id: string; cart_id: string; reason: string; actor_id: string },
    @MedusaContext() context: Context = {}
  ) {
    const company = await this.lockCompany(input.company_id, context)
    const [existing] = await this.listCreditOverrides({ cart_id: input.cart_id }, {}, context)
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Cart ${input.cart_id} already has a credit override`)
    }
    const override = await this.createCreditOverrides({ ...input, company_id: company.id }, context)
    await this.createCreditEvents(
      {
        company_id: company.id,
        type: "override",
        actor_id: input.actor_id,
        reason: input.reason,
        from_value: null,
        to_value: { cart_id: input.cart_id, override_id: override.id },
      },
      context
    )
    return override
  }

  /**
   * Recomputes uninvoiced exposure from the commitments it is made of and
   * reports every company whose stored figure differs; `fix` corrects them.
   * Receivables exposure joins the check once the ledger exists.
   */
  @InjectTransactionManager()
  async reconcileExposure(
    input: { company_id?: string; fix?: boolean } = {},
    @MedusaContext() context: Context = {}
  ): Promise<ExposureDrift[]> {
    const drifts = await uninvoicedExposureDrifts(
      context.transactionManager as unknown as Manager,
      input.company_id
    )
    if (input.fix) {
      for (const drift of drifts) {
        await this.lockCompany(drift.company_id, context)
        await this.updateCompanies(
          { id: drift.company_id, uninvoiced_exposure: amount(drift.recomputed) },
          context
        )
      }
    }
    return drifts
  }
}
