import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"
import { createPaymentPromiseWorkflow } from "../../../workflows/dunning/create-payment-promise"
import { withAmount } from "../../dunning/reminders"
import type { AdminCreatePromise, AdminListPromises } from "../../dunning/validators"

/** GET /admin/promises?company_id=&status=: promises to pay, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as z.infer<typeof AdminListPromises>
  const [promises, count] = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listAndCountPaymentPromises(filter, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ promises: promises.map(withAmount), count, limit, offset })
}

/** POST /admin/promises: the controller records a company's promise to pay. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreatePromise>>,
  res: MedusaResponse
) {
  const { result } = await createPaymentPromiseWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by_type: "admin", created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ promise: withAmount(result) })
}
