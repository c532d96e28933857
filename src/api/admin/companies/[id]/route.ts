import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCompanyWorkflow } from "../../../../workflows/company/delete-company"
import { updateCompanyWorkflow } from "../../../../workflows/company/update-company"
import { refetchCompany } from "../../../utils"
import { withHoldDetail } from "../hold-details"
import { sellerIdentityWarnings } from "../seller-identity-warnings"
import type { AdminUpdateCompanyType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ company: await withHoldDetail(req.scope, await refetchCompany(req, req.params.id)) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCompanyType>, res: MedusaResponse) {
  const { reason, ...changes } = req.validatedBody
  await updateCompanyWorkflow(req.scope).run({
    input: { id: req.params.id, changes, actor_id: req.auth_context.actor_id, reason },
  })
  const company = await withHoldDetail(req.scope, await refetchCompany(req, req.params.id))
  res.json({ company, warnings: await sellerIdentityWarnings(req.scope, company) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCompanyWorkflow(req.scope).run({ input: { id: req.params.id, actor_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "company", deleted: true })
}
