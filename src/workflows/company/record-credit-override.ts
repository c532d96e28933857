import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyEvents, type CompanyCreditOverrideRecordedPayload } from "../../modules/company/events"
import { type RecordCreditOverrideInput, recordCreditOverrideStep } from "./steps/record-credit-override"
import { validateOverrideCartStep } from "./steps/validate-override-cart"

export const recordCreditOverrideWorkflowId = "record-credit-override"

/**
 * Lets one open cart of a company's buyer go over the credit limit (never
 * past a hold), recording who and why; one override per cart (409 for a
 * second). Emits `company.credit_override_recorded`.
 */
export const recordCreditOverrideWorkflow = createWorkflow(
  recordCreditOverrideWorkflowId,
  (input: RecordCreditOverrideInput) => {
    validateOverrideCartStep({ company_id: input.company_id, cart_id: input.cart_id })
    const override = recordCreditOverrideStep(input)
    emitEventStep({
      eventName: CompanyEvents.CREDIT_OVERRIDE_RECORDED,
      data: transform(
        { override, input },
        ({ override, input }): CompanyCreditOverrideRecordedPayload => ({
          company_id: input.company_id,
          cart_id: input.cart_id,
          override_id: override.id,
          reason: input.reason,
          actor_id: input.actor_id,
        })
      ),
    })
    return new WorkflowResponse(override)
  }
)
