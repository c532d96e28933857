import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { DunningEvents, type DunningRunCompletedPayload } from "../../modules/dunning/events"
import { emitEventsStep } from "../common/emit-events"
import { completeDunningRunStep, type RunSummary } from "./steps/complete-dunning-run"
import { dunCompaniesStep } from "./steps/dun-companies"
import { reviewPromisesStep } from "./review-company-dunning"
import { placeDunningHoldsStep } from "./steps/place-dunning-holds"
import { type DunningRunInput, startDunningRunStep } from "./steps/start-dunning-run"

export const runDunningWorkflowId = "run-dunning"

export type { DunningRunInput }

/**
 * A dunning run as of a day, for every company or one: each overdue
 * invoice's next level, one grouped reminder per company (and currency) at
 * the highest, recorded before it is sent (the outbox; sending follows
 * `dunning.run_completed`), with the fees and interest its levels claim;
 * companies reaching a holding level put on hold. A dry run returns what
 * would be sent and writes nothing. Safe to repeat, to run twice at once,
 * and to restart after a crash: each invoice's level is written once.
 */
export const runDunningWorkflow = createWorkflow(runDunningWorkflowId, (input: DunningRunInput) => {
  const run = startDunningRunStep(input)
  // Promises past their grace are broken first: what they covered is chased again in this run.
  const promiseEvents = when({ input }, ({ input }) => !input.dry_run).then(() =>
    reviewPromisesStep({ company_id: input.company_id, as_of: input.as_of })
  )
  const scope = transform({ input, run }, ({ input, run }) => ({
    run_id: run.id,
    as_of: input.as_of,
    company_id: input.company_id ?? null,
  }))
  const dunned = dunCompaniesStep(scope)
  const holding = transform({ dunned, run }, ({ dunned, run }) =>
    run.id ? dunned.reminders.filter((r) => r.status === "queued") : []
  )
  const holds = placeDunningHoldsStep(holding)
  const summary = transform({ dunned, holds }, ({ dunned, holds }): RunSummary => {
    const skipped: Record<string, number> = {}
    for (const s of dunned.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1
    return {
      companies: dunned.companies,
      reminders: dunned.reminders.length,
      awaiting_approval: dunned.reminders.filter((r) => r.status === "awaiting_approval").length,
      invoices_escalated: dunned.invoices_escalated,
      holds_placed: holds.length,
      skipped,
      missing_rates: dunned.missing_rates,
    }
  })
  const completed = completeDunningRunStep({ run_id: run.id, summary })
  const events = transform(
    { run, input, summary, promiseEvents },
    ({ run, input, summary, promiseEvents }) => {
      if (!run.id) return []
      const data: DunningRunCompletedPayload = {
        id: run.id,
        as_of: input.as_of,
        dry_run: false,
        reminders: summary.reminders,
      }
      return [...(promiseEvents ?? []), { name: DunningEvents.RUN_COMPLETED, data }]
    }
  )
  emitEventsStep(events).config({ name: "emit-dunning-run-events" })
  return new WorkflowResponse({
    run: completed,
    summary,
    reminders: dunned.reminders,
    skipped: dunned.skipped,
  })
})
