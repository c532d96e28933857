import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyPaymentWorkflow } from "../../../../../../workflows/receivables/payments"
import { paymentJson, receivablesOf, settlementRequests } from "../../../helpers"
import type { AdminApplyPaymentType } from "../../../validators"

/**
 * POST /admin/receivables/payments/:id/allocations: settles more items with
 * what is left of a payment: the ones listed, or oldest first. All or nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminApplyPaymentType>, res: MedusaResponse) {
  const { payment } = await receivablesOf(req.scope).paymentDetail(req.params.id)
  const result = (
    await applyPaymentWorkflow(req.scope).run({
      input: {
        payment_entry_id: payment.id,
        requested: settlementRequests(req.validatedBody.allocations, payment.currency_code),
        write_off_tolerance:
          req.validatedBody.write_off_tolerance === undefined
            ? undefined
            : String(req.validatedBody.write_off_tolerance),
        created_by: req.auth_context.actor_id,
      },
    })
  ).result
  res.json({ payment: paymentJson(result) })
}
