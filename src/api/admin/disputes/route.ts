import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"
import { openDisputeWorkflow } from "../../../workflows/dunning/open-dispute"
import { withAmount } from "../../dunning/reminders"
import type { AdminListDisputes, AdminOpenDispute } from "../../dunning/validators"

/** GET /admin/disputes?company_id=&status=: disputes, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as z.infer<typeof AdminListDisputes>
  const [disputes, count] = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listAndCountDisputes(filter, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ disputes: disputes.map(withAmount), count, limit, offset })
}

/** POST /admin/disputes: the controller opens a dispute on a company's invoice (for the whole or an amount). */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminOpenDispute>>,
  res: MedusaResponse
) {
  const { result } = await openDisputeWorkflow(req.scope).run({
    input: { ...req.validatedBody, opened_by_type: "admin", opened_by: req.auth_context.actor_id },
  })
  res.status(201).json({ dispute: withAmount(result) })
}
