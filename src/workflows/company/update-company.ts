import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitCompanyChangeEvents } from "./company-change-events"
import { assertPaymentTermExistsStep } from "./steps/assert-payment-term"
import { type UpdateCompanyInput, updateCompanyStep } from "./steps/update-company"

export const updateCompanyWorkflowId = "update-company"

/**
 * Updates a company's details and credit settings (a limit, term or status
 * change needs a reason and enters the credit history). Hooks: `validate`
 * (before anything is written; throw to refuse) and `companyUpdated`.
 * Emits `company.updated`, plus `company.credit_limit_changed` when the
 * limit moves and `company.hold_placed`/`company.hold_released` when the
 * status moves to or from on hold.
 */
export const updateCompanyWorkflow = createWorkflow(
  updateCompanyWorkflowId,
  (input: Omit<UpdateCompanyInput, "transition">) => {
    const validate = createHook("validate", { input })
    assertPaymentTermExistsStep({ payment_term_id: input.changes.payment_term_id })
    const change = updateCompanyStep(input)
    const company = transform({ change }, ({ change }) => change.company)
    const companyUpdated = createHook("companyUpdated", { company, changed: change.changed })
    emitCompanyChangeEvents(change, input)
    return new WorkflowResponse(company, { hooks: [validate, companyUpdated] })
  }
)
