import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DUNNING_MODULE } from "../../../../../modules/dunning"
import { DunningEvents } from "../../../../../modules/dunning/events"
import type DunningModuleService from "../../../../../modules/dunning/service"
import { updateDunningRecordWorkflow } from "../../../../../workflows/dunning/record-dunning-change"

/** POST /admin/collection-activities/:id/complete: the follow-up was done (409 if it was already). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const activity = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .retrieveCollectionActivity(req.params.id)
  if (activity.done_at) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `This ${activity.type} was already marked done`)
  }
  const { result } = await updateDunningRecordWorkflow(req.scope).run({
    input: {
      record: "activity",
      id: activity.id,
      data: { done_at: new Date() },
      event: DunningEvents.ACTIVITY_COMPLETED,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ activity: result })
}
