import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyWorkflow } from "../../../workflows/company/create-company"
import { refetchCompany, withCreditFigures } from "../../utils"
import { withHoldDetail, withHoldDetails } from "./hold-details"
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
  const { result } = await createCompanyWorkflow(req.scope).run({
    input: { data: req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  const company = await withHoldDetail(req.scope, await refetchCompany(req, result.id))
  res.status(201).json({ company, warnings: await sellerIdentityWarnings(req.scope, company) })
}
