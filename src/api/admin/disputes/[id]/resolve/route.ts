import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { resolveDisputeWorkflow } from "../../../../../workflows/dunning/resolve-dispute"
import { withAmount } from "../../../../dunning/reminders"
import type { AdminResolveDispute } from "../../../../dunning/validators"

/** POST /admin/disputes/:id/resolve: rejected, credited (a credit note for the amount) or written off. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminResolveDispute>>,
  res: MedusaResponse
) {
  const { result } = await resolveDisputeWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ dispute: withAmount(result) })
}
