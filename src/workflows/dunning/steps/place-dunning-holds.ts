import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { DUNNING_ACTOR } from "../../../modules/dunning/events"
import { placeCompanyHoldWorkflow } from "../../company/place-company-hold"

export type HoldingReminder = { company_id: string; level: number; level_name: string; place_hold: boolean }

/**
 * Puts on hold each company sent a reminder at a level that holds (a
 * formal notice), unless it is on hold already. The hold is the company's
 * own workflow, with its events (`company.hold_placed`, automatic); it is
 * lifted by the plugin once nothing is overdue at that level, while a hold
 * a person placed stays. Each hold is its own transaction, kept if a later
 * one fails: nothing to compensate.
 */
export const placeDunningHoldsStep = createStep(
  "place-dunning-holds",
  async (reminders: HoldingReminder[], { container }) => {
    const holding = reminders.filter((r) => r.place_hold)
    if (!holding.length) return new StepResponse([] as string[])
    const active = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listCompanies(
        { id: [...new Set(holding.map((r) => r.company_id))], status: "active" },
        { select: ["id"], take: null }
      )
    const placed: string[] = []
    for (const { id } of active) {
      const reminder = holding.find((r) => r.company_id === id)!
      await placeCompanyHoldWorkflow(container).run({
        input: {
          id,
          actor_id: DUNNING_ACTOR,
          reason: `Automatic hold: "${reminder.level_name}" (dunning level ${reminder.level}) sent for overdue invoices`,
        },
      })
      placed.push(id)
    }
    return new StepResponse(placed)
  }
)
