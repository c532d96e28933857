import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"

export type RunSummary = {
  companies: number
  reminders: number
  awaiting_approval: number
  invoices_escalated: number
  holds_placed: number
  skipped: Record<string, number>
  /** Half-years whose late-payment rates are not in the table yet: interest into them was not claimed. */
  missing_rates: string[]
}

/** Records how the run ended and what it did: the run's last write. */
export const completeDunningRunStep = createStep(
  "complete-dunning-run",
  async (input: { run_id: string | null; summary: RunSummary }, { container }) => {
    if (!input.run_id) return new StepResponse(null)
    const run = await container.resolve<DunningModuleService>(DUNNING_MODULE).updateDunningRuns({
      id: input.run_id,
      status: "completed",
      finished_at: new Date(),
      summary: input.summary,
    })
    return new StepResponse(run)
  }
)
