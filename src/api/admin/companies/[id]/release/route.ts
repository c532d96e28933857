import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { conflictError, refetchCompany } from "../../../../utils"
import { withHoldDetail } from "../../hold-details"

/** POST /admin/companies/:id/release: lift a credit hold, with the reason (required, like any status change). */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  const company = await refetchCompany(req, req.params.id)
  if (company.status !== "on_hold") {
    throw conflictError(`Company ${company.name} is not on hold (status: ${company.status})`)
  }
  await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).updateCompanyAccount({
    id: req.params.id,
    changes: { status: "active" },
    actor_id: req.auth_context.actor_id,
    reason: req.validatedBody.reason ?? null,
  })
  res.json({ company: await withHoldDetail(req.scope, await refetchCompany(req, req.params.id)) })
}
