import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { assertCompanyExists } from "../../../../utils"

/** GET /admin/companies/:id/credit-history: limit changes, holds, releases and overrides, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertCompanyExists(req.scope, req.params.id)
  const { offset = 0, limit = 50 } = req.validatedQuery as { offset?: number; limit?: number }
  const [events, count] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listAndCountCreditEvents({ company_id: req.params.id }, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ credit_events: events, count, offset, limit })
}
