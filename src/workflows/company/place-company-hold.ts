import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CompanyHoldInput, changeCompanyHold } from "./change-company-hold"

export const placeCompanyHoldWorkflowId = "place-company-hold"

export type PlaceCompanyHoldInput = CompanyHoldInput

/**
 * Puts a company on hold: on-account checkout is refused until released.
 * Refused (409) when the company is already on hold. Emits
 * `company.hold_placed` and `company.updated`.
 */
export const placeCompanyHoldWorkflow = createWorkflow(
  placeCompanyHoldWorkflowId,
  (input: PlaceCompanyHoldInput) => {
    return new WorkflowResponse(changeCompanyHold("hold", input))
  }
)
