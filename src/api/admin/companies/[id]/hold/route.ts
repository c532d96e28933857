import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { conflictError, refetchCompany } from "../../../../utils"
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
  const company = await refetchCompany(req, req.params.id)
  if (company.status === "on_hold") {
    throw conflictError(
      `Company ${company.name} is already on hold (${company.hold_reason ?? "no note"}); release it first to put a new hold.`
    )
  }
  await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).updateCompanyAccount({
    id: req.params.id,
    changes: { status: "on_hold" },
    actor_id: req.auth_context.actor_id,
    reason: req.validatedBody.reason,
    buyer_message: req.validatedBody.buyer_message || null,
  })
  res.json({ company: await withHoldDetail(req.scope, await refetchCompany(req, req.params.id)) })
}
