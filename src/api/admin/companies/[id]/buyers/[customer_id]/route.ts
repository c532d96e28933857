import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { refetchCompany } from "../../../../../utils"

/** DELETE /admin/companies/:id/buyers/:customer_id: the customer no longer buys for the company. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [buyer] = await companies.listCompanyBuyers({ company_id: req.params.id, customer_id: req.params.customer_id })
  if (!buyer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer ${req.params.customer_id} is not a buyer of company ${req.params.id}`
    )
  }
  await companies.deleteCompanyBuyers(buyer.id)
  res.json({ company: await refetchCompany(req, req.params.id) })
}
