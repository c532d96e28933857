import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCompanyBuyerWorkflow } from "../../../../../../workflows/company/remove-company-buyer"
import { refetchCompany } from "../../../../../utils"

/** DELETE /admin/companies/:id/buyers/:customer_id: the customer no longer buys for the company. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeCompanyBuyerWorkflow(req.scope).run({
    input: { company_id: req.params.id, customer_id: req.params.customer_id, actor_id: req.auth_context.actor_id },
  })
  res.json({ company: await refetchCompany(req, req.params.id) })
}
