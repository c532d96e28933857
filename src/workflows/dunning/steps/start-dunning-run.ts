import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addDays, type CalendarDate, calendarDateInZone } from "../../../lib/time"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"

export type DunningRunInput = {
  as_of: CalendarDate
  dry_run?: boolean
  company_id?: string | null
  /** The admin user, or `system:job` for the daily run. */
  triggered_by: string
}

/**
 * Refuses a day after tomorrow (a run dates its letters and computes
 * interest to that day: a later one would claim what is not owed yet), then
 * records the run (a dry run is not recorded). If the run fails, its record
 * says so; the reminders it wrote before stay: they are the outbox.
 */
export const startDunningRunStep = createStep(
  "start-dunning-run",
  async (input: DunningRunInput, { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const tomorrow = addDays(calendarDateInZone(new Date(), dunning.options.timeZone), 1)
    if (input.as_of > tomorrow) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A dunning run can be dated at the latest tomorrow (${tomorrow}), not ${input.as_of}: letters would claim what is not late yet`
      )
    }
    if (input.dry_run) return new StepResponse({ id: null as string | null }, null)
    const run = await dunning.createDunningRuns({
      as_of: input.as_of,
      dry_run: false,
      company_id: input.company_id ?? null,
      triggered_by: input.triggered_by,
    })
    return new StepResponse({ id: run.id as string | null }, run.id)
  },
  async (runId, { container }) => {
    if (!runId) return
    await container.resolve<DunningModuleService>(DUNNING_MODULE).updateDunningRuns({
      id: runId,
      status: "failed",
      finished_at: new Date(),
      error: "The run stopped before it ended",
    })
  }
)
