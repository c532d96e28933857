import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { conflictError, refetchCompany } from "../../../../utils"

/** POST /admin/companies/:id/credit-overrides: let one cart of the company's buyers go over the limit. */
export async function POST(req: AuthenticatedMedusaRequest<{ cart_id: string; reason: string }>, res: MedusaResponse) {
  const company = await refetchCompany(req, req.params.id)
  const { cart_id, reason } = req.validatedBody
  const [cart] = await req.scope.resolve(Modules.CART).listCarts({ id: cart_id })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} was not found`)
  }
  if (cart.completed_at) {
    throw conflictError(`Cart ${cart_id} is already completed`)
  }
  const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const buyer = cart.customer_id ? await companies.buyerAccount(cart.customer_id) : null
  if (buyer?.company.id !== company.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cart ${cart_id} is not a cart of a buyer of ${company.name}`)
  }
  const [existing] = await companies.listCreditOverrides({ cart_id })
  if (existing) {
    throw conflictError(`Cart ${cart_id} already has a credit override`)
  }
  const override = await companies.approveOverride({
    company_id: company.id,
    cart_id,
    reason,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ credit_override: override })
}
