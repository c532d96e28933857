import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_TERM_UPDATED, type PaymentTermUpdatedPayload } from "../../modules/payment-term/events"
import { type UpdatePaymentTermInput, updatePaymentTermStep } from "./steps/update-payment-term"

export const updatePaymentTermWorkflowId = "update-payment-term"

/**
 * Edits a payment term. Changing its instalments makes a new version for
 * future orders; orders already placed and invoices already issued keep the
 * term and due dates they were made with.
 */
export const updatePaymentTermWorkflow = createWorkflow(
  updatePaymentTermWorkflowId,
  (input: UpdatePaymentTermInput) => {
    const validate = createHook("validate", { input })
    const term = updatePaymentTermStep(input)
    const paymentTermUpdated = createHook("paymentTermUpdated", { payment_term: term })
    emitEventStep({
      eventName: PAYMENT_TERM_UPDATED,
      data: transform(
        { term },
        ({ term }): PaymentTermUpdatedPayload => ({ id: term.id, code: term.code, version: term.version })
      ),
    })
    return new WorkflowResponse(term, { hooks: [validate, paymentTermUpdated] })
  }
)
