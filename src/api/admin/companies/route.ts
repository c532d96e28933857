import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { assertPaymentTermExists, withCreditFigures } from "../../utils"
import { withHoldDetails } from "./hold-details"
import { sellerIdentityWarnings } from "./seller-identity-warnings"
import type { AdminCreateCompanyType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.validatedQuery as { q?: string; status?: string }
  const { data, metadata } = await query.graph({
    entity: "company",
    ...req.queryConfig,
    filters: { ...(q ? { q } : {}), ...(status ? { status } : {}) },
  })
  res.json({
    companies: await withHoldDetails(req.scope, data.map(withCreditFigures)),
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCompanyType>, res: MedusaResponse) {
  await assertPaymentTermExists(req.scope, req.validatedBody.payment_term_id)
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const created = await companies.createCompanyAccount({
    data: req.validatedBody as any,
    actor_id: req.auth_context.actor_id,
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "company", ...req.queryConfig, filters: { id: created.id } })
  const [company] = await withHoldDetails(req.scope, [withCreditFigures(data[0])])
  res.status(201).json({ company, warnings: await sellerIdentityWarnings(req.scope, company) })
}
