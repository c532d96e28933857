import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reversePaymentWorkflow } from "../../../../../../workflows/receivables/payments"
import { paymentJson, receivablesOf } from "../../../helpers"

/**
 * POST /admin/receivables/payments/:id/reverse: a bounced transfer or a
 * payment recorded by mistake. Everything it settled is open again; 409
 * when it was reversed already.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ reason: string; reversed_on?: string }>,
  res: MedusaResponse
) {
  const result = (
    await reversePaymentWorkflow(req.scope).run({
      input: {
        payment_entry_id: req.params.id,
        effective_date: receivablesOf(req.scope).bookingDate(req.validatedBody.reversed_on, "reversed_on"),
        reason: req.validatedBody.reason,
        created_by: req.auth_context.actor_id,
      },
    })
  ).result
  res.json({ payment: paymentJson(result) })
}
