import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { withCreditFigures } from "../../../../utils"
import { withHoldDetail } from "../../../companies/hold-details"

/** GET /admin/customers/:id/company: the company a customer buys for (with its hold, if any), and their role. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).buyerAccount(req.params.id)
  if (!buyer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Customer ${req.params.id} is not a buyer of any company`
    )
  }
  res.json({
    company: await withHoldDetail(req.scope, withCreditFigures(buyer.company as any)),
    role: buyer.role,
  })
}
