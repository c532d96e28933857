import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"
import { runDunningWorkflow } from "../../../workflows/dunning/run-dunning"
import { companyNames } from "../../dunning/reminders"
import type { AdminListRuns, AdminRunDunning } from "../../dunning/validators"

/** GET /admin/dunning-runs: runs, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as z.infer<typeof AdminListRuns>
  const [runs, count] = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listAndCountDunningRuns({}, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ dunning_runs: runs, count, limit, offset })
}

/**
 * POST /admin/dunning-runs: a run as of a day, for every company or one. A
 * dry run answers what would be sent and writes nothing (200); a run
 * answers its record, summary and reminders (201).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminRunDunning>>,
  res: MedusaResponse
) {
  const { as_of, dry_run, company_id } = req.validatedBody
  const { result } = await runDunningWorkflow(req.scope).run({
    input: { as_of, dry_run, company_id, triggered_by: req.auth_context.actor_id },
  })
  const names = await companyNames(req.scope, result.reminders)
  res.status(dry_run ? 200 : 201).json({
    dry_run,
    dunning_run: result.run,
    summary: result.summary,
    reminders: result.reminders.map((r) => ({ ...r, company_name: names.get(r.company_id) ?? null })),
    skipped: result.skipped,
  })
}
