import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CompanyHoldInput, changeCompanyHold } from "./change-company-hold"

export const releaseCompanyHoldWorkflowId = "release-company-hold"

/**
 * Lifts a company's hold, with the reason (required, like any status
 * change). Refused (409) when the company is not on hold. Emits
 * `company.hold_released` and `company.updated`.
 */
export const releaseCompanyHoldWorkflow = createWorkflow(
  releaseCompanyHoldWorkflowId,
  (input: Omit<CompanyHoldInput, "buyer_message">) => {
    return new WorkflowResponse(changeCompanyHold("release", input))
  }
)
