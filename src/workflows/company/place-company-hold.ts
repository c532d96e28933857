import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitCompanyChangeEvents } from "./company-change-events"
import { updateCompanyStep } from "./steps/update-company"

export const placeCompanyHoldWorkflowId = "place-company-hold"

export type PlaceCompanyHoldInput = {
  id: string
  actor_id: string
  /** The internal note (required, like any status change). */
  reason?: string | null
  /** What the buyer is told at checkout; a neutral sentence without one. */
  buyer_message?: string | null
}

/**
 * Puts a company on hold: on-account checkout is refused until released.
 * Refused (409) when the company is already on hold. Emits
 * `company.hold_placed` and `company.updated`.
 */
export const placeCompanyHoldWorkflow = createWorkflow(
  placeCompanyHoldWorkflowId,
  (input: PlaceCompanyHoldInput) => {
    const update = transform({ input }, ({ input }) => ({
      ...input,
      changes: { status: "on_hold" as const },
      transition: "hold" as const,
    }))
    const change = updateCompanyStep(update)
    emitCompanyChangeEvents(change, input)
    return new WorkflowResponse(transform({ change }, ({ change }) => change.company))
  }
)
