import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { assertCompanyExists, refetchCompany } from "../../../../utils"

/** POST /admin/companies/:id/hold: refuse on-account checkout until released. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  await assertCompanyExists(req.scope, req.params.id)
  await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).updateCompanyAccount({
    id: req.params.id,
    changes: { status: "on_hold" },
    actor_id: req.auth_context.actor_id,
    reason: req.validatedBody.reason,
  })
  res.json({ company: await refetchCompany(req, req.params.id) })
}
