import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type { CompanyAccountUpdate } from "../../../modules/company/account-update"
import type CompanyModuleService from "../../../modules/company/service"

export type UpdateCompanyInput = CompanyAccountUpdate

/**
 * Updates the company under its row lock (the module checks the hold
 * transition and the reason there); undone by putting the previous values
 * back and removing the credit-history entries it wrote.
 */
export const updateCompanyStep = createStep(
  "update-company",
  async (input: UpdateCompanyInput, { container }) => {
    const result = await container.resolve<CompanyModuleService>(COMPANY_MODULE).updateCompanyAccount(input)
    return new StepResponse(result, {
      id: input.id,
      previous: result.previous,
      credit_event_ids: result.credit_events.map((e) => e.id),
    })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreCompanyAccount(undo)
    }
  }
)
