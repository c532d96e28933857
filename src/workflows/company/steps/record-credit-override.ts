import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export type RecordCreditOverrideInput = {
  company_id: string
  cart_id: string
  reason: string
  actor_id: string
}

/** Records the override and its credit-history entry; undone by deleting both. */
export const recordCreditOverrideStep = createStep(
  "record-credit-override",
  async (input: RecordCreditOverrideInput, { container }) => {
    const { override, credit_event_id } = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .approveOverride(input)
    return new StepResponse(override, { override_id: override.id, credit_event_id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    await companies.deleteCreditOverrides(undo.override_id)
    await companies.deleteCreditEvents(undo.credit_event_id)
  }
)
