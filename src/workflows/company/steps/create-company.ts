import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type { CompanyChanges } from "../../../modules/company/credit-settings"
import type CompanyModuleService from "../../../modules/company/service"

export type CreateCompanyInput = { data: CompanyChanges; actor_id: string }

/** Creates the company (with its first credit-history entries); undone by deleting it and them. */
export const createCompanyStep = createStep(
  "create-company",
  async (input: CreateCompanyInput, { container }) => {
    const company = await container.resolve<CompanyModuleService>(COMPANY_MODULE).createCompanyAccount(input)
    return new StepResponse(company, company.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCompanies(id)
    }
  }
)
