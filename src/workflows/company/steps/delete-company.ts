import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** Soft-deletes a company without on-account orders (the module refuses otherwise); undone by restoring it. */
export const deleteCompanyStep = createStep(
  "delete-company",
  async ({ id }: { id: string }, { container }) => {
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCompanyAccount(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreCompanies(id)
    }
  }
)
