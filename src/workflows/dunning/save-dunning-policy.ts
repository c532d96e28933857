import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DUNNING_MODULE } from "../../modules/dunning"
import { type DunningChangePayload, DunningEvents } from "../../modules/dunning/events"
import type DunningModuleService from "../../modules/dunning/service"
import type { PolicyInput } from "../../modules/dunning/service"
import { emitEventsStep } from "../common/emit-events"

export const saveDunningPolicyWorkflowId = "save-dunning-policy"

export type SaveDunningPolicyInput = PolicyInput & { actor_id: string }

type SavedPolicy = Awaited<ReturnType<DunningModuleService["savePolicy"]>>

/** A policy as savePolicy takes it back, to undo a replacement. */
const asInput = (p: SavedPolicy): PolicyInput => ({
  id: p.id,
  name: p.name,
  is_default: p.is_default,
  promise_grace_days: p.promise_grace_days,
  levels: p.levels.map((l) => ({
    level: l.level,
    name: l.name,
    offset_days: l.offset_days,
    channels: l.channels as unknown as string[],
    templates: l.templates as Record<string, { subject: string; body: string }>,
    min_amount: l.min_amount as Record<string, string> | null,
    claim_indemnity: l.claim_indemnity,
    claim_interest: l.claim_interest,
    place_hold: l.place_hold,
    needs_approval: l.needs_approval,
  })),
})

/**
 * Creates a policy or replaces one (settings and whole ladder) in one
 * transaction; undone by deleting what was created or saving back what was
 * replaced. The default flag moved from another policy is not moved back:
 * the merchant asked for it.
 */
const savePolicyStep = createStep(
  "save-dunning-policy",
  async (input: PolicyInput, { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const before = input.id ? await dunning.retrieveDunningPolicy(input.id, { relations: ["levels"] }) : null
    const saved = await dunning.savePolicy(input)
    return new StepResponse(saved, { id: saved.id, before: before ? asInput(before as SavedPolicy) : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    if (undo.before) await dunning.savePolicy(undo.before)
    else await dunning.deleteDunningPolicies([undo.id])
  }
)

/**
 * Saves a dunning policy after checking its ladder (numbers, rising
 * offsets, both languages, every template filled with sample facts).
 * Emits `dunning.policy_saved`.
 */
export const saveDunningPolicyWorkflow = createWorkflow(
  saveDunningPolicyWorkflowId,
  (input: SaveDunningPolicyInput) => {
    const saved = savePolicyStep(transform({ input }, ({ input: { actor_id, ...policy } }) => policy))
    const events = transform({ saved, input }, ({ saved, input }) => {
      const data: DunningChangePayload = { id: saved.id, actor_id: input.actor_id }
      return [{ name: DunningEvents.POLICY_SAVED, data }]
    })
    emitEventsStep(events).config({ name: "emit-policy-saved" })
    return new WorkflowResponse(saved)
  }
)
