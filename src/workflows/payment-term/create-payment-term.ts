import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_TERM_CREATED, type PaymentTermCreatedPayload } from "../../modules/payment-term/events"
import { type CreatePaymentTermInput, createPaymentTermStep } from "./steps/create-payment-term"

export const createPaymentTermWorkflowId = "create-payment-term"

/** Creates a payment term template (the legal maximum and the code were checked by the route). */
export const createPaymentTermWorkflow = createWorkflow(
  createPaymentTermWorkflowId,
  (input: CreatePaymentTermInput) => {
    const validate = createHook("validate", { input })
    const term = createPaymentTermStep(input)
    const paymentTermCreated = createHook("paymentTermCreated", { payment_term: term })
    emitEventStep({
      eventName: PAYMENT_TERM_CREATED,
      data: transform({ term }, ({ term }): PaymentTermCreatedPayload => ({ id: term.id, code: term.code })),
    })
    return new WorkflowResponse(term, { hooks: [validate, paymentTermCreated] })
  }
)
