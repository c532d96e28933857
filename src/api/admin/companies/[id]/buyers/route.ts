import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BuyerRole } from "../../../../../modules/company/models/company-buyer"
import { addCompanyBuyerWorkflow } from "../../../../../workflows/company/add-company-buyer"
import { refetchCompany } from "../../../../utils"

/** POST /admin/companies/:id/buyers: make a customer a buyer (or admin buyer) of the company. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ customer_id: string; role: BuyerRole }>,
  res: MedusaResponse
) {
  await addCompanyBuyerWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ company: await refetchCompany(req, req.params.id) })
}
