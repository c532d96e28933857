import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitCompanyChangeEvents } from "./company-change-events"
import { updateCompanyStep } from "./steps/update-company"

export const releaseCompanyHoldWorkflowId = "release-company-hold"

/**
 * Lifts a company's hold, with the reason (required, like any status
 * change). Refused (409) when the company is not on hold. Emits
 * `company.hold_released` and `company.updated`.
 */
export const releaseCompanyHoldWorkflow = createWorkflow(
  releaseCompanyHoldWorkflowId,
  (input: { id: string; actor_id: string; reason?: string | null }) => {
    const update = transform({ input }, ({ input }) => ({
      ...input,
      changes: { status: "active" as const },
      transition: "release" as const,
    }))
    const change = updateCompanyStep(update)
    emitCompanyChangeEvents(change, input)
    return new WorkflowResponse(transform({ change }, ({ change }) => change.company))
  }
)
