import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type { BuyerRole } from "../../../modules/company/models/company-buyer"
import type CompanyModuleService from "../../../modules/company/service"

export type AssignCompanyBuyerInput = { company_id: string; customer_id: string; role: BuyerRole }
/** The buyer as assigned; `previous_role` null when the customer was not a buyer of the company before. */
export type AssignedCompanyBuyer = AssignCompanyBuyerInput & { previous_role: BuyerRole | null }
type Undo = { id: string; previous_role: BuyerRole | null }

/**
 * Makes the customer a buyer of the company, or changes their role there.
 * A customer buys for one company only: checked here, before the write, while
 * the workflow holds the customer's lock; the unique index on customer_id is
 * the last guard. Undone by removing the buyer, or giving the old role back.
 */
export const assignCompanyBuyerStep = createStep(
  "assign-company-buyer",
  async (
    input: AssignCompanyBuyerInput,
    { container }
  ): Promise<StepResponse<AssignedCompanyBuyer, Undo>> => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [company] = await companies.listCompanies({ id: input.company_id }, { select: ["id"] })
    if (!company) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${input.company_id} was not found`)
    }
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: input.customer_id }, { select: ["id", "email"] })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${input.customer_id} was not found`)
    }
    const existing = await companies.buyerAccount(input.customer_id)
    if (existing && existing.company.id !== input.company_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${customer.email} is already a buyer of ${existing.company.name}; a customer buys for one company only.`
      )
    }
    if (existing) {
      await companies.updateCompanyBuyers({ id: existing.id, role: input.role })
      const previous_role = existing.role as BuyerRole
      return new StepResponse({ ...input, previous_role }, { id: existing.id, previous_role })
    }
    const buyer = await companies.createCompanyBuyers(input)
    return new StepResponse({ ...input, previous_role: null }, { id: buyer.id, previous_role: null })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    if (undo.previous_role) {
      await companies.updateCompanyBuyers({ id: undo.id, role: undo.previous_role })
    } else {
      await companies.deleteCompanyBuyers(undo.id)
    }
  }
)
