import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** The logged-in customer's company when they are one of its admins: 404 for no company, 403 for a plain buyer. */
export async function companyOfCompanyAdmin(req: AuthenticatedMedusaRequest) {
  const buyer = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .buyerAccount(req.auth_context.actor_id)
  if (!buyer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a buyer of any company")
  }
  if (buyer.role !== "admin") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Only your company's admins can see its account: ask one of them for the statement"
    )
  }
  return buyer.company as unknown as {
    id: string
    name: string
    legal_name: string | null
    currency_code: string
    billing_address: Record<string, any> | null
  }
}
