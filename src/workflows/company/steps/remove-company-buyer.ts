import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type { BuyerRole } from "../../../modules/company/models/company-buyer"
import type CompanyModuleService from "../../../modules/company/service"

/** The customer no longer buys for the company (soft delete); undone by restoring the buyer. */
export const removeCompanyBuyerStep = createStep(
  "remove-company-buyer",
  async (input: { company_id: string; customer_id: string }, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [buyer] = await companies.listCompanyBuyers(input)
    if (!buyer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer ${input.customer_id} is not a buyer of company ${input.company_id}`
      )
    }
    await companies.softDeleteCompanyBuyers(buyer.id)
    return new StepResponse({ ...input, role: buyer.role as BuyerRole }, buyer.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreCompanyBuyers(id)
    }
  }
)
