import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Manager } from "../../lib/manager"
import type { CalendarDate } from "../../lib/time"
import { enabledFeatures, type O2cOptions, parseO2cOptions } from "../o2c/options"
import type { DunningLevelReachedPayload } from "./events"
import type { HalfYearRates } from "./interest"
import { CollectionActivity } from "./models/activity"
import { DunningAccount } from "./models/account"
import { DunningClaim } from "./models/claim"
import { Dispute } from "./models/dispute"
import { LateInterestRate } from "./models/interest-rate"
import { DunningItem } from "./models/item"
import { DunningLevel } from "./models/level"
import { DunningPolicy } from "./models/policy"
import { PaymentPromise } from "./models/promise"
import { DunningReminder } from "./models/reminder"
import { DunningRun } from "./models/run"
import { type PlannedReminder, planCompany } from "./plan"
import { assertValidLadder, type LevelInput } from "./policy-rules"
import { type CompanyToDun, type PolicyLevel, reminderRow, type SellerFacts } from "./reminder-rows"
import {
  bigNumberColumns,
  claimDueReminders,
  disputedBalances,
  insertRows,
  invoiceStates,
  latestReminders,
  lockCompanies,
  supersedeInterestClaims,
} from "./repositories/reminders"

export type PolicyInput = {
  id?: string
  name: string
  is_default?: boolean
  promise_grace_days?: number
  levels: LevelInput[]
}

export type DunningBatch = {
  run_id: string
  as_of: CalendarDate
  seller: SellerFacts
  companies: CompanyToDun[]
}

/** What a batch wrote (or, previewed, would write). */
export type BatchOutcome = {
  reminders: Array<{
    id: string | null
    company_id: string
    policy_id: string
    level: number
    level_name: string
    place_hold: boolean
    status: string
    currency_code: string
    subject: string
    plan: PlannedReminder
    row: ReturnType<typeof reminderRow>
  }>
  levels_reached: DunningLevelReachedPayload[]
  skipped: Array<{ company_id: string; reason: string }>
}

/**
 * Dunning and collections: policies and their levels, companies' dunning
 * accounts, runs and the reminders they write (with their invoices and
 * claims), disputes, promises to pay, collectors' activities and the
 * late-payment rates. Plain CRUD from MedusaService; the run's planning is
 * plan.ts, its SQL repositories/reminders.ts.
 */
export default class DunningModuleService extends MedusaService({
  DunningPolicy,
  DunningLevel,
  DunningAccount,
  DunningRun,
  DunningReminder,
  DunningItem,
  DunningClaim,
  Dispute,
  PaymentPromise,
  CollectionActivity,
  LateInterestRate,
}) {
  readonly options: O2cOptions

  constructor(container: Record<string, any>, options?: unknown) {
    super(container)
    this.options = parseO2cOptions(options)
  }

  get enabled() {
    return enabledFeatures(this.options).dunning
  }

  private manager(context: Context) {
    return (context.transactionManager ?? context.manager) as unknown as Manager
  }

  /** Every policy with its levels in order, and the default one's id. */
  @InjectManager()
  async ladders(@MedusaContext() context: Context = {}) {
    const policies = await this.listDunningPolicies({}, { relations: ["levels"] }, context)
    const ladders = new Map<string, PolicyLevel[]>(
      policies.map((p) => [p.id, [...p.levels].sort((a, b) => a.level - b.level) as unknown as PolicyLevel[]])
    )
    return { ladders, default_policy_id: policies.find((p) => p.is_default)?.id ?? null }
  }

  /** The late-payment rates table, by half-year. */
  @InjectManager()
  async halfYearRates(@MedusaContext() context: Context = {}): Promise<HalfYearRates[]> {
    const rows = await this.listLateInterestRates({}, { order: { starts_on: "ASC" } }, context)
    return rows.map((r) => ({
      starts_on: r.starts_on,
      ecb_refinancing_rate: r.ecb_refinancing_rate,
      legal_interest_rate: r.legal_interest_rate,
    }))
  }

  /**
   * Plans and writes a batch of companies' reminders in one transaction,
   * each company locked and its invoices' levels read under the lock: two
   * runs at once, or a run restarted after a crash, never write an
   * invoice's level twice (the unique index on invoice and level is the
   * last guard) nor skip one.
   */
  @InjectTransactionManager()
  async writeReminders(batch: DunningBatch, @MedusaContext() context: Context = {}): Promise<BatchOutcome> {
    const manager = this.manager(context)
    await lockCompanies(
      manager,
      batch.companies.map((c) => c.company_id)
    )
    const outcome = await this.plan(batch, manager, context)
    const ids = await insertRows(
      manager,
      "dunning_reminder",
      "drem",
      outcome.reminders.map((r) => r.row)
    )
    outcome.reminders.forEach((r, i) => {
      r.id = ids[i]
    })
    const items = outcome.reminders.flatMap((r) =>
      r.plan.items.map((item) => ({
        reminder_id: r.id,
        company_id: r.company_id,
        invoice_id: item.invoice_id,
        invoice_number: item.invoice_number,
        level: item.level,
        as_of: batch.as_of,
        due_date: item.due_date,
        days_late: item.days_late,
        ...bigNumberColumns("open_amount", item.open_amount),
        ...bigNumberColumns("chased_amount", item.chased_amount),
      }))
    )
    await insertRows(manager, "dunning_item", "ditm", items)
    const claims = outcome.reminders.flatMap((r) =>
      r.plan.claims.map((claim) => ({
        reminder_id: r.id,
        company_id: r.company_id,
        invoice_id: claim.invoice_id,
        invoice_number: claim.invoice_number,
        kind: claim.kind,
        currency_code: r.currency_code,
        detail: claim.detail,
        status: "claimed",
        ...bigNumberColumns("amount", claim.amount),
      }))
    )
    await supersedeInterestClaims(
      manager,
      claims.filter((c) => c.kind === "interest").map((c) => c.invoice_id)
    )
    await insertRows(manager, "dunning_claim", "dclm", claims)
    outcome.levels_reached = outcome.reminders.flatMap((r) =>
      r.plan.items.map((item) => ({
        invoice_id: item.invoice_id,
        company_id: r.company_id,
        level: item.level,
        reminder_id: r.id as string,
      }))
    )
    return outcome
  }

  /** Per invoice: the highest level sent (0: none) and whether its indemnity was claimed. */
  @InjectManager()
  async invoiceStates(invoiceIds: string[], @MedusaContext() context: Context = {}) {
    return invoiceStates(this.manager(context), invoiceIds)
  }

  /** What open disputes held back at the end of a day, per currency (the KPIs' disputed balance). */
  @InjectManager()
  async disputedBalances(asOf: CalendarDate, @MedusaContext() context: Context = {}) {
    return disputedBalances(this.manager(context), asOf)
  }

  /** Each company's latest reminder (any status but canceled). */
  @InjectManager()
  async latestReminders(companyIds: string[], @MedusaContext() context: Context = {}) {
    return latestReminders(this.manager(context), companyIds)
  }

  /** What writeReminders would write for the batch, writing nothing (a dry run). */
  @InjectManager()
  async previewReminders(batch: DunningBatch, @MedusaContext() context: Context = {}) {
    return this.plan(batch, this.manager(context), context)
  }

  private async plan(batch: DunningBatch, manager: Manager, context: Context): Promise<BatchOutcome> {
    const { ladders, default_policy_id } = await this.ladders(context)
    const rates = await this.halfYearRates(context)
    const states = await invoiceStates(
      manager,
      batch.companies.flatMap((c) => c.invoices.map((i) => i.invoice_id))
    )
    const outcome: BatchOutcome = { reminders: [], levels_reached: [], skipped: [] }
    for (const company of batch.companies) {
      const policyId = company.policy_id ?? default_policy_id
      const levels = policyId ? ladders.get(policyId) : undefined
      if (!policyId || !levels?.length) {
        outcome.skipped.push({ company_id: company.company_id, reason: "no_policy" })
        continue
      }
      const plan = planCompany(
        levels,
        { ...company, invoices: company.invoices.map((i) => ({ ...i, ...states.get(i.invoice_id)! })) },
        batch.as_of,
        rates
      )
      if (plan.skipped) {
        outcome.skipped.push({ company_id: company.company_id, reason: plan.skipped })
        continue
      }
      for (const reminder of plan.reminders) {
        const row = reminderRow(company, reminder, {
          run_id: batch.run_id,
          policy_id: policyId,
          as_of: batch.as_of,
          seller: batch.seller,
        })
        outcome.reminders.push({
          id: null,
          company_id: company.company_id,
          policy_id: policyId,
          level: row.level,
          level_name: row.level_name,
          place_hold: levels.some((l) => l.place_hold && l.level <= row.level),
          status: row.status,
          currency_code: reminder.currency_code,
          subject: row.subject,
          plan: reminder,
          row,
        })
      }
    }
    return outcome
  }

  /**
   * Creates a policy, or replaces an existing one's settings and whole
   * ladder, in one transaction; the ladder is checked first
   * (policy-rules.ts). A default policy makes the others not default; the
   * first policy is the default.
   */
  @InjectTransactionManager()
  async savePolicy(input: PolicyInput, @MedusaContext() context: Context = {}) {
    assertValidLadder(input.levels)
    const existing = await this.listDunningPolicies({}, { select: ["id", "is_default"] }, context)
    const isDefault =
      input.is_default ?? (existing.length === 0 || !!existing.find((p) => p.id === input.id)?.is_default)
    if (isDefault) {
      const others = existing.filter((p) => p.is_default && p.id !== input.id)
      if (others.length)
        await this.updateDunningPolicies(
          others.map((p) => ({ id: p.id, is_default: false })),
          context
        )
    }
    const fields = {
      name: input.name,
      is_default: isDefault,
      ...(input.promise_grace_days !== undefined ? { promise_grace_days: input.promise_grace_days } : {}),
    }
    let id = input.id
    if (id) {
      await this.updateDunningPolicies({ id, ...fields }, context)
      const old = await this.listDunningLevels({ policy_id: id }, { select: ["id"] }, context)
      await this.deleteDunningLevels(
        old.map((l) => l.id),
        context
      )
    } else {
      id = (await this.createDunningPolicies(fields, context)).id
    }
    await this.createDunningLevels(
      // json columns are typed as records; a level's channels are a list.
      input.levels.map((l) => ({
        ...l,
        channels: l.channels as unknown as Record<string, unknown>,
        policy_id: id as string,
      })),
      context
    )
    // Read back apart: the policy loaded above does not hold the levels just created.
    const policy = await this.retrieveDunningPolicy(id, {}, context)
    const levels = await this.listDunningLevels({ policy_id: id }, { order: { level: "ASC" } }, context)
    return { ...policy, levels }
  }

  /**
   * Cancels a reminder awaiting approval: its invoices' levels count as not
   * sent (the next run plans them again) and its claims as never made.
   */
  @InjectTransactionManager()
  async cancelReminder(id: string, @MedusaContext() context: Context = {}) {
    const items = await this.listDunningItems({ reminder_id: id }, { select: ["id"] }, context)
    const claims = await this.listDunningClaims({ reminder_id: id }, { select: ["id"] }, context)
    await this.softDeleteDunningItems(
      items.map((i) => i.id),
      {},
      context
    )
    await this.softDeleteDunningClaims(
      claims.map((c) => c.id),
      {},
      context
    )
    return this.updateDunningReminders({ id, status: "canceled" }, context)
  }

  /** Leases up to `limit` reminders due for sending to this process (see claimDueReminders). */
  @InjectTransactionManager()
  async leaseDueReminders(
    filter: { limit: number; run_id?: string },
    @MedusaContext() context: Context = {}
  ) {
    return claimDueReminders(this.manager(context), filter)
  }
}
