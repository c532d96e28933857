import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { createPaymentPromiseWorkflow } from "../../../workflows/dunning/create-payment-promise"
import { listWithAmounts, withAmount } from "../../dunning/reminders"
import type { AdminCreatePromise } from "../../dunning/validators"

/** GET /admin/promises?company_id=&status=: promises to pay, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as { limit: number; offset: number }
  const { rows, ...page } = await listWithAmounts(req.scope, "PaymentPromises", filter, { limit, offset })
  res.json({ promises: rows, ...page })
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
