import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseOrderCreditStep } from "./steps/release-order-credit"

export const releaseOrderCreditWorkflowId = "release-order-credit"

/** On order canceled: the order no longer counts in its company's exposure. */
export const releaseOrderCreditWorkflow = createWorkflow(
  releaseOrderCreditWorkflowId,
  (input: { order_id: string }) => {
    return new WorkflowResponse(releaseOrderCreditStep(input))
  }
)
