import { MathBN } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { addDays, type CalendarDate, calendarDateInZone } from "../../lib/time"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DUNNING_MODULE } from "../../modules/dunning"
import { DUNNING_ACTOR, DunningEvents } from "../../modules/dunning/events"
import type DunningModuleService from "../../modules/dunning/service"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import { emitEventsStep } from "../common/emit-events"
import { releaseCompanyHoldWorkflow } from "../company/release-company-hold"
import { companiesToDun } from "./companies-to-dun"
import { promisePayload } from "./create-payment-promise"

export const reviewCompanyDunningWorkflowId = "review-company-dunning"

export type ReviewDunningInput = { company_id?: string | null; as_of?: CalendarDate }

const today = (dunning: DunningModuleService) => calendarDateInZone(new Date(), dunning.options.timeZone)

/**
 * Settles open promises: kept once the company has paid at least the
 * promised amount since the promise was made, broken once its date plus
 * grace has passed without. A status change is final and the next step of
 * a person (or run) builds on it: nothing to compensate.
 */
export const reviewPromisesStep = createStep(
  "review-payment-promises",
  async (input: ReviewDunningInput, { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    const asOf = input.as_of ?? today(dunning)
    const open = await dunning.listPaymentPromises(
      { status: "open", ...(input.company_id ? { company_id: input.company_id } : {}) },
      { take: null }
    )
    const kept: typeof open = []
    const broken: typeof open = []
    for (const promise of open) {
      const since = calendarDateInZone(new Date(promise.created_at), dunning.options.timeZone)
      const received = await receivables.paymentsSince(promise.company_id, promise.currency_code, since)
      if (MathBN.gte(received, promise.raw_amount as any)) kept.push(promise)
      else if (addDays(promise.promised_date, promise.grace_days) < asOf) broken.push(promise)
    }
    const resolvedAt = new Date()
    const changes = [
      ...kept.map((p) => ({ id: p.id, status: "kept" as const, resolved_at: resolvedAt })),
      ...broken.map((p) => ({ id: p.id, status: "broken" as const, resolved_at: resolvedAt })),
    ]
    if (changes.length) await dunning.updatePaymentPromises(changes)
    return new StepResponse([
      ...kept.map((p) => ({ name: DunningEvents.PROMISE_KEPT, data: promisePayload(p) })),
      ...broken.map((p) => ({ name: DunningEvents.PROMISE_BROKEN, data: promisePayload(p) })),
    ])
  }
)

/**
 * Lifts the hold dunning placed on a company once none of its invoices is
 * still chased at or above the level that placed it (paid, credited,
 * disputed or promised). A hold a person placed is theirs to lift. The
 * release is the company's own workflow, with its events.
 */
const releaseAutomaticHoldStep = createStep(
  "release-automatic-hold",
  async (input: { company_id?: string | null }, { container }) => {
    if (!input.company_id) return new StepResponse(false)
    const [company] = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listCompanies({ id: input.company_id }, { select: ["id", "status", "held_by"] })
    if (company?.status !== "on_hold" || company.held_by !== DUNNING_ACTOR) return new StepResponse(false)
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const asOf = today(dunning)
    const [account] = await dunning.listDunningAccounts({ company_id: company.id })
    const { ladders, default_policy_id } = await dunning.ladders()
    const levels = ladders.get(account?.policy_id ?? default_policy_id ?? "") ?? []
    const holdLevel = Math.min(...levels.filter((l) => l.place_hold).map((l) => l.level))
    const [view] = await companiesToDun(container, { as_of: asOf, company_id: company.id })
    const chased = (view?.invoices ?? []).filter((i) =>
      MathBN.gt(MathBN.sub(MathBN.sub(i.open_amount, i.disputed), i.promised), 0)
    )
    const states = await dunning.invoiceStates(chased.map((i) => i.invoice_id))
    if (chased.some((i) => (states.get(i.invoice_id)?.last_level ?? 0) >= holdLevel))
      return new StepResponse(false)
    await releaseCompanyHoldWorkflow(container).run({
      input: {
        id: company.id,
        actor_id: DUNNING_ACTOR,
        reason: "Automatic release: nothing is overdue at the holding dunning level any more",
      },
    })
    return new StepResponse(true)
  }
)

/**
 * What a payment, a credit note, a dispute or a promise changes for
 * dunning, at once: promises kept or broken, an automatic hold lifted when
 * nothing is chased at its level any more. Emits `promise.kept|broken`.
 */
export const reviewCompanyDunningWorkflow = createWorkflow(
  reviewCompanyDunningWorkflowId,
  (input: ReviewDunningInput) => {
    const events = reviewPromisesStep(input)
    const released = releaseAutomaticHoldStep(input)
    emitEventsStep(events).config({ name: "emit-promise-reviews" })
    return new WorkflowResponse(
      transform({ events, released }, ({ events, released }) => ({ promises: events.length, released }))
    )
  }
)
