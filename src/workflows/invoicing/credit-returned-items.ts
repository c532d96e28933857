import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withOrderCreditLock } from "./order-credit-lock"
import { issueCreditNotesStep } from "./steps/issue-credit-notes"
import { planReturnCreditNotesStep } from "./steps/plan-order-credit-notes"

export const creditReturnedItemsWorkflowId = "credit-returned-items"

/**
 * On `order.return_received`: the received quantities are credited on the
 * invoices that charged them. A redelivered event finds its credit notes by
 * source and issues nothing.
 */
export const creditReturnedItemsWorkflow = createWorkflow(
  creditReturnedItemsWorkflowId,
  (input: { order_id: string; return_id: string }) => {
    const orderId = transform({ input }, ({ input }) => input.order_id)
    const issued = withOrderCreditLock(orderId, () => issueCreditNotesStep(planReturnCreditNotesStep(input)))
    return new WorkflowResponse(issued)
  }
)
