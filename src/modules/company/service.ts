import type { BigNumberInput, Context } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { accountUpdate, type CompanyAccountUpdate, holdTransitionConflict } from "./account-update"
import { availableCredit, checkCredit, type CreditRefusal } from "./credit"
import { type CompanyChanges, creditSettingChanges, missingReasonMessage } from "./credit-settings"
import { Company } from "./models/company"
import { CompanyBuyer } from "./models/company-buyer"
import { CreditCommitment } from "./models/credit-commitment"
import { CreditEvent } from "./models/credit-event"
import { CreditOverride } from "./models/credit-override"
import type { Manager } from "../../lib/manager"
import { exactAmount, modelAmount } from "../../lib/money"
import {
  addUninvoicedExposure,
  type LockedCompany,
  lockCompanyRow,
  storeReceivablesExposure,
} from "./repositories/company"
import { type ExposureDrift, uninvoicedExposureDrifts } from "./repositories/exposure"
import { type HoldManyInput, holdActiveCompanies, unholdCompanies } from "./repositories/holds"

const ACTIVE_COMMITMENT = ["reserved", "open"]

type CreditReservation = {
  company_id: string
  cart_id: string
  payment_session_id: string
  amount: BigNumberInput
  currency_code: string
}

/** Why a cart was refused credit, and the credit (limit minus exposure) it was checked against. */
export type CreditReservationRefusal = CreditRefusal & { available_credit: string | null }

/** A company update with its credit limit (when there) exact. */
const withExactLimit = (update: Record<string, unknown>) =>
  update.credit_limit === undefined || update.credit_limit === null
    ? update
    : { ...update, credit_limit: modelAmount(update.credit_limit as BigNumberInput) }

export type { ExposureDrift } from "./repositories/exposure"

export default class CompanyModuleService extends MedusaService({
  Company,
  CompanyBuyer,
  CreditCommitment,
  CreditEvent,
  CreditOverride,
}) {
  /** The company row, locked until the transaction ends (see lockCompanyRow). */
  private lockCompany(companyId: string, context: Context): Promise<LockedCompany> {
    return lockCompanyRow(context.transactionManager as unknown as Manager, companyId)
  }

  private addUninvoicedExposure(companyId: string, delta: BigNumberInput, context: Context) {
    return addUninvoicedExposure(context.transactionManager as unknown as Manager, companyId, delta)
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
        invoiced_amount: modelAmount(input.invoiced_total),
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
    return storeReceivablesExposure(context.transactionManager as unknown as Manager, input)
  }

  /** Reserves credit for an on-account cart, or refuses with the message for the buyer. */
  async reserveCredit(input: CreditReservation, context: Context = {}) {
    const { commitment, refusal } = await this.tryReserveCredit(input, context)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, refusal.code)
    }
    return commitment!
  }

  /**
   * Reserves credit for an on-account cart; when the company's status or
   * credit refuses it, reserves nothing and says why, with the credit it was
   * checked against. Idempotent per cart: a retried completion finds its
   * reservation.
   */
  @InjectTransactionManager()
  async tryReserveCredit(input: CreditReservation, @MedusaContext() context: Context = {}) {
    const company = await this.lockCompany(input.company_id, context)
    const [existing] = await this.listCreditCommitments({ cart_id: input.cart_id }, {}, context)
    if (existing && ACTIVE_COMMITMENT.includes(existing.status)) {
      return { commitment: existing, refusal: null }
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
      const available = availableCredit(company)
      const refused: CreditReservationRefusal = {
        ...refusal,
        available_credit: available === null ? null : MathBN.convert(available).toFixed(),
      }
      return { commitment: null, refusal: refused }
    }
    if (override) {
      await this.updateCreditOverrides({ id: override.id, used_at: new Date() }, context)
    }
    await this.addUninvoicedExposure(company.id, input.amount, context)
    const data = {
      cart_id: input.cart_id,
      payment_session_id: input.payment_session_id,
      amount: modelAmount(input.amount),
      currency_code: input.currency_code.toLowerCase(),
      status: "reserved" as const,
      override_id: override?.id ?? null,
      order_id: null,
      company_id: company.id,
    }
    const commitment = existing
      ? await this.updateCreditCommitments({ id: existing.id, ...data }, context)
      : await this.createCreditCommitments(data, context)
    return { commitment, refusal: null }
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
    const data = withExactLimit({ ...input.data, credit_limit: input.data.credit_limit ?? null })
    const company = await this.createCompanies(data as any, context)
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
    if (!changes.length) {
      return []
    }
    return this.createCreditEvents(
      changes.map((e) => ({
        ...e,
        company_id: companyId,
        actor_id: actorId,
        reason: reason ?? null,
      })) as any[],
      context
    )
  }

  /**
   * Updates a company and writes one credit-history entry per changed credit
   * setting (limit, payment term, status), in one transaction under the row
   * lock. Each of those changes needs the reason the person gave; a hold also
   * keeps who put it, when, and what the buyer is told (`buyer_message`; the
   * reason stays internal). `transition` refuses putting a hold on a company
   * already on hold, or lifting one that is not there. Returns the company,
   * the values it had (for `restoreCompanyAccount`), the fields that changed
   * and the history entries written.
   */
  @InjectTransactionManager()
  async updateCompanyAccount(input: CompanyAccountUpdate, @MedusaContext() context: Context = {}) {
    const company = await this.lockCompany(input.id, context)
    const conflict = holdTransitionConflict(company, input.transition)
    if (conflict) {
      throw new MedusaError(MedusaError.Types.CONFLICT, conflict)
    }
    const events = creditSettingChanges(company, input.changes)
    const refusal = missingReasonMessage(company, events, input.reason)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
    }
    const { update, previous, changed } = accountUpdate(company, input, new Date())
    const hold = events.find((e) => e.type === "hold")
    if (hold && input.buyer_message) {
      hold.to_value = { ...(hold.to_value as object), buyer_message: input.buyer_message }
    }
    await this.updateCompanies(withExactLimit({ ...update, id: company.id }) as any, context)
    const recorded = await this.recordCreditEvents(company.id, events, input.actor_id, input.reason, context)
    const updated = await this.retrieveCompany(company.id, {}, context)
    return { company: updated, previous, changed, credit_events: recorded }
  }

  /** Holds the active ones of many companies at once, or (`undo`) takes such holds back: repositories/holds.ts. */
  @InjectTransactionManager()
  async holdCompanies(input: HoldManyInput, @MedusaContext() context: Context = {}) {
    const sql = context.transactionManager as unknown as Manager
    return "undo" in input ? unholdCompanies(sql, input.undo) : holdActiveCompanies(sql, input)
  }

  /** Puts back what updateCompanyAccount changed, and takes its history entries out (the change never happened). */
  @InjectTransactionManager()
  async restoreCompanyAccount(
    input: { id: string; previous: Record<string, unknown>; credit_event_ids: string[] },
    @MedusaContext() context: Context = {}
  ) {
    await this.lockCompany(input.id, context)
    await this.updateCompanies(withExactLimit({ ...input.previous, id: input.id }) as any, context)
    if (input.credit_event_ids.length) {
      await this.deleteCreditEvents(input.credit_event_ids, context)
    }
  }

  /**
   * Deletes a company (soft: `restoreCompanies` brings it back with its
   * buyers and history), refused while it has on-account orders.
   */
  @InjectTransactionManager()
  async deleteCompanyAccount(id: string, @MedusaContext() context: Context = {}) {
    await this.lockCompany(id, context)
    const [, orders] = await this.listAndCountCreditCommitments({ company_id: id }, { take: 1 }, context)
    if (orders > 0) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This company has on-account orders and cannot be deleted; set its status to closed instead."
      )
    }
    await this.softDeleteCompanies(id, {}, context)
  }

  /**
   * Approves one cart to go over the company's limit, and records who and
   * why; one override per cart, checked under the company lock.
   */
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
    const event = await this.createCreditEvents(
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
    return { override, credit_event_id: event.id }
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
          { id: drift.company_id, uninvoiced_exposure: modelAmount(drift.recomputed) },
          context
        )
      }
    }
    return drifts
  }
}
