import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { paymentJson, receivablesOf } from "../../helpers"

/** GET /admin/receivables/payments/:id: the payment, what it settled, what is left of it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payment: paymentJson(await receivablesOf(req.scope).paymentDetail(req.params.id)) })
}
