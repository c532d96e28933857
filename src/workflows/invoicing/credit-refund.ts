import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withOrderCreditLock } from "./order-credit-lock"
import { issueCreditNotesStep } from "./steps/issue-credit-notes"
import { planRefundCreditNotesStep, refundOfPaymentStep } from "./steps/plan-order-credit-notes"

export const creditRefundWorkflowId = "credit-refund"

/**
 * On `payment.refunded`: what the order's refunds exceed its credit notes
 * by is credited as price reductions on its invoices (see
 * `planRefundCreditNotesStep`). A payment of no order credits nothing.
 */
export const creditRefundWorkflow = createWorkflow(
  creditRefundWorkflowId,
  (input: { payment_id: string }) => {
    const refund = refundOfPaymentStep(input)
    const orderId = transform({ refund }, ({ refund }) => refund?.order_id ?? null)
    const issued = withOrderCreditLock(orderId, () => issueCreditNotesStep(planRefundCreditNotesStep(refund)))
    return new WorkflowResponse(issued)
  }
)
