import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DunningEvents } from "../../../../../modules/dunning/events"
import { createDunningRecordWorkflow } from "../../../../../workflows/dunning/record-dunning-change"
import type { AdminRecordActivity } from "../../../../dunning/validators"
import { assertCompanyExists } from "../../../../utils"

/** POST /admin/companies/:id/collection-activities: a note, or a call / e-mail / letter to do by a date. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminRecordActivity>>,
  res: MedusaResponse
) {
  await assertCompanyExists(req.scope, req.params.id)
  const actor = req.auth_context.actor_id
  const { result } = await createDunningRecordWorkflow(req.scope).run({
    input: {
      record: "activity",
      data: { ...req.validatedBody, company_id: req.params.id, created_by: actor },
      event: DunningEvents.ACTIVITY_RECORDED,
      actor_id: actor,
    },
  })
  res.status(201).json({ activity: result })
}
