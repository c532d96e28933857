import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DUNNING_MODULE } from "../../modules/dunning"
import { type DunningChangePayload, DunningEvents } from "../../modules/dunning/events"
import type DunningModuleService from "../../modules/dunning/service"
import { emitEventsStep } from "../common/emit-events"
import { placeDunningHoldsStep } from "./steps/place-dunning-holds"

export const decideDunningReminderWorkflowId = "decide-dunning-reminder"

export type DecideDunningReminderInput = { id: string; decision: "approve" | "cancel"; actor_id: string }

/** The reminder awaiting approval, with whether its level holds the company. */
const awaitingReminderStep = createStep(
  "load-awaiting-reminder",
  async (input: { id: string }, { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const [reminder] = await dunning.listDunningReminders({ id: input.id })
    if (!reminder)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no dunning reminder ${input.id}`)
    if (reminder.status !== "awaiting_approval") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Reminder ${input.id} is not awaiting approval (it is ${reminder.status.replace("_", " ")})`
      )
    }
    const levels = (await dunning.ladders()).ladders.get(reminder.policy_id) ?? []
    return new StepResponse({
      id: reminder.id,
      company_id: reminder.company_id,
      level: reminder.level,
      level_name: reminder.level_name,
      place_hold: levels.some((l) => l.place_hold && l.level <= reminder.level),
    })
  }
)

/**
 * Approves the reminder (queued: the sender takes it) or cancels it (its
 * invoices' levels count as not sent). A status change a person sees at
 * once and undoes by deciding again: nothing to compensate.
 */
const decideReminderStep = createStep(
  "decide-reminder",
  async (input: DecideDunningReminderInput, { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const reminder =
      input.decision === "approve"
        ? await dunning.updateDunningReminders({
            id: input.id,
            status: "queued",
            approved_by: input.actor_id,
          })
        : await dunning.cancelReminder(input.id)
    return new StepResponse(reminder)
  }
)

/**
 * A person decides a reminder that waits for approval: approved, it is sent
 * (and its level's hold placed); canceled, it is not, and the next run
 * plans its invoices again. Emits `dunning.reminder_approved|canceled`.
 */
export const decideDunningReminderWorkflow = createWorkflow(
  decideDunningReminderWorkflowId,
  (input: DecideDunningReminderInput) => {
    const awaiting = awaitingReminderStep(input)
    const decided = decideReminderStep(input)
    when({ input }, ({ input }) => input.decision === "approve").then(() => {
      placeDunningHoldsStep(transform({ awaiting }, ({ awaiting }) => [awaiting]))
    })
    const events = transform({ input, awaiting }, ({ input, awaiting }) => {
      const data: DunningChangePayload = {
        id: input.id,
        company_id: awaiting.company_id,
        actor_id: input.actor_id,
      }
      const name =
        input.decision === "approve" ? DunningEvents.REMINDER_APPROVED : DunningEvents.REMINDER_CANCELED
      return [{ name, data }]
    })
    emitEventsStep(events).config({ name: "emit-reminder-decided" })
    return new WorkflowResponse(decided)
  }
)
