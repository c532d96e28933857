import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyEvents, type OrderCreditRefusedPayload } from "../../modules/company/events"
import { type ReserveOrderCreditInput, reserveOrderCreditStep } from "./steps/reserve-order-credit"

export const reserveOrderCreditWorkflowId = "reserve-order-credit"

/**
 * The credit check of an on-account checkout: reserves the cart's total,
 * or refuses (hold, closed account, no or blocked credit, another currency,
 * limit exceeded) and emits `order.credit_refused`. A refusal is this
 * workflow's result, not its failure, so that its event is sent; the
 * caller (the cart completion) stops the checkout with the refusal's message.
 * Concurrent checkouts of one company: see reserveOrderCreditStep.
 */
export const reserveOrderCreditWorkflow = createWorkflow(
  reserveOrderCreditWorkflowId,
  (input: ReserveOrderCreditInput) => {
    const reserved = reserveOrderCreditStep(input)
    emitEventStep({
      eventName: CompanyEvents.ORDER_CREDIT_REFUSED,
      data: transform({ reserved, input }, ({ reserved, input }): OrderCreditRefusedPayload[] =>
        reserved.refusal
          ? [
              {
                cart_id: input.cart_id,
                company_id: input.company_id,
                customer_id: input.customer_id,
                code: reserved.refusal.code,
                message: reserved.refusal.message,
                amount: input.amount,
                available_credit: reserved.refusal.available_credit,
                currency_code: input.currency_code.toLowerCase(),
              },
            ]
          : []
      ),
    })
    return new WorkflowResponse(reserved)
  }
)
