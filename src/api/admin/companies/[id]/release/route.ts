import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseCompanyHoldWorkflow } from "../../../../../workflows/company/release-company-hold"
import { refetchCompany } from "../../../../utils"
import { withHoldDetail } from "../../hold-details"

/** POST /admin/companies/:id/release: lift a credit hold, with the reason (required, like any status change). */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  await releaseCompanyHoldWorkflow(req.scope).run({
    input: { id: req.params.id, actor_id: req.auth_context.actor_id, reason: req.validatedBody.reason ?? null },
  })
  res.json({ company: await withHoldDetail(req.scope, await refetchCompany(req, req.params.id)) })
}
