import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseOrderCreditWorkflow } from "../company/release-order-credit"
import { withOrderCreditLock } from "./order-credit-lock"
import { issueCreditNotesStep } from "./steps/issue-credit-notes"
import { planCancellationCreditNotesStep } from "./steps/plan-order-credit-notes"

export const settleCanceledOrderWorkflowId = "settle-canceled-order"

/**
 * On `order.canceled`: the order is credited in full, invoice by invoice,
 * then whatever it still held of its company's credit is released.
 */
export const settleCanceledOrderWorkflow = createWorkflow(
  settleCanceledOrderWorkflowId,
  (input: { order_id: string }) => {
    const orderId = transform({ input }, ({ input }) => input.order_id)
    const issued = withOrderCreditLock(orderId, () => {
      const credited = issueCreditNotesStep(planCancellationCreditNotesStep(input))
      releaseOrderCreditWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ order_id: input.order_id })),
      })
      return credited
    })
    return new WorkflowResponse(issued)
  }
)
