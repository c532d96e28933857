import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { placeCompanyHoldWorkflow } from "../../../../../workflows/company/place-company-hold"
import { refetchCompany } from "../../../../utils"
import { withHoldDetail } from "../../hold-details"

/**
 * POST /admin/companies/:id/hold: refuse on-account checkout until released.
 * `reason` is the internal note (required, like any status change); the
 * buyer only ever reads `buyer_message` (or a neutral sentence without one).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ reason?: string; buyer_message?: string | null }>,
  res: MedusaResponse
) {
  await placeCompanyHoldWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_id: req.auth_context.actor_id,
      reason: req.validatedBody.reason,
      buyer_message: req.validatedBody.buyer_message || null,
    },
  })
  res.json({ company: await withHoldDetail(req.scope, await refetchCompany(req, req.params.id)) })
}
