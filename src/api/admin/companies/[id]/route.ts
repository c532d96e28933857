import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { assertCompanyExists, assertPaymentTermExists, conflictError, refetchCompany } from "../../../utils"
import { withHoldDetail } from "../hold-details"
import { sellerIdentityWarnings } from "../seller-identity-warnings"
import type { AdminUpdateCompanyType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ company: await withHoldDetail(req.scope, await refetchCompany(req, req.params.id)) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCompanyType>, res: MedusaResponse) {
  const { reason, ...changes } = req.validatedBody
  await assertCompanyExists(req.scope, req.params.id)
  await assertPaymentTermExists(req.scope, changes.payment_term_id)
  await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).updateCompanyAccount({
    id: req.params.id,
    changes: changes as any,
    actor_id: req.auth_context.actor_id,
    reason,
  })
  const company = await withHoldDetail(req.scope, await refetchCompany(req, req.params.id))
  res.json({ company, warnings: await sellerIdentityWarnings(req.scope, company) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  await assertCompanyExists(req.scope, req.params.id)
  const [, orders] = await companies.listAndCountCreditCommitments({ company_id: req.params.id }, { take: 1 })
  if (orders > 0) {
    throw conflictError(
      "This company has on-account orders and cannot be deleted; set its status to closed instead."
    )
  }
  await companies.deleteCompanies(req.params.id)
  res.json({ id: req.params.id, object: "company", deleted: true })
}
