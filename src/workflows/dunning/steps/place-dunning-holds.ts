import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DUNNING_ACTOR } from "../../../modules/dunning/events"
import { placeCompanyHoldsWorkflow } from "../../company/place-company-holds"

export type HoldingReminder = { company_id: string; level: number; level_name: string; place_hold: boolean }

/**
 * Puts on hold each company sent a reminder at a level that holds (a
 * formal notice), unless it is on hold already: the company context's
 * workflow for many holds at once (one per reason), with its events
 * (`company.hold_placed`, automatic). The plugin lifts such a hold once
 * nothing is overdue at that level; a hold a person placed stays. Each
 * group of holds is its own transaction, kept if a later one fails: nothing
 * to compensate.
 */
export const placeDunningHoldsStep = createStep(
  "place-dunning-holds",
  async (reminders: HoldingReminder[], { container }) => {
    // One hold per company, with the reason of the highest holding level it reached.
    const reasonOf = new Map<string, string>()
    for (const r of [...reminders].filter((r) => r.place_hold).sort((a, b) => a.level - b.level)) {
      reasonOf.set(
        r.company_id,
        `Automatic hold: "${r.level_name}" (dunning level ${r.level}) sent for overdue invoices`
      )
    }
    const byReason = new Map<string, string[]>()
    for (const [company, reason] of reasonOf) byReason.set(reason, [...(byReason.get(reason) ?? []), company])
    const placed: string[] = []
    for (const [reason, ids] of byReason) {
      const { result } = await placeCompanyHoldsWorkflow(container).run({
        input: { ids, actor_id: DUNNING_ACTOR, reason },
      })
      placed.push(...result)
    }
    return new StepResponse(placed)
  }
)
