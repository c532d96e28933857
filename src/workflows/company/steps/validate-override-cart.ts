import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/**
 * An override is for an open cart of one of the company's buyers (reads
 * only: nothing to undo). Whether the cart already has one is checked once,
 * by the module, under the company lock.
 */
export const validateOverrideCartStep = createStep(
  "validate-credit-override-cart",
  async ({ company_id, cart_id }: { company_id: string; cart_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [company] = await companies.listCompanies({ id: company_id }, { select: ["id", "name"] })
    if (!company) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${company_id} was not found`)
    }
    const [cart] = await container
      .resolve(Modules.CART)
      .listCarts({ id: cart_id }, { select: ["id", "customer_id", "completed_at"] })
    if (!cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} was not found`)
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Cart ${cart_id} is already completed`)
    }
    const buyer = cart.customer_id ? await companies.buyerAccount(cart.customer_id) : null
    if (buyer?.company.id !== company.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cart ${cart_id} is not a cart of a buyer of ${company.name}`
      )
    }
  }
)
