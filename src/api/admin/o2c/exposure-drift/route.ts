import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"

/** GET /admin/o2c/exposure-drift: companies whose maintained exposure differs from its sources. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const drifts = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).reconcileExposure()
  res.json({ drifts })
}

/** POST /admin/o2c/exposure-drift { fix: true }: recompute, report, and correct. */
export async function POST(req: AuthenticatedMedusaRequest<{ fix: boolean }>, res: MedusaResponse) {
  const drifts = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .reconcileExposure({ fix: req.validatedBody.fix })
  res.json({ drifts, fixed: req.validatedBody.fix })
}
