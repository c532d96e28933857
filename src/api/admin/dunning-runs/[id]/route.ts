import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DUNNING_MODULE } from "../../../../modules/dunning"
import type DunningModuleService from "../../../../modules/dunning/service"

/** GET /admin/dunning-runs/:id: the run, its summary, and where its reminders stand (counts per delivery state). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dunning = req.scope.resolve<DunningModuleService>(DUNNING_MODULE)
  const run = await dunning.retrieveDunningRun(req.params.id)
  const reminders = await dunning.listDunningReminders({ run_id: run.id }, { select: ["status"], take: null })
  const delivery: Record<string, number> = {}
  for (const r of reminders) delivery[r.status] = (delivery[r.status] ?? 0) + 1
  res.json({ dunning_run: { ...run, delivery } })
}
