import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_TERM_DELETED, type PaymentTermDeletedPayload } from "../../modules/payment-term/events"
import { deletePaymentTermStep } from "./steps/delete-payment-term"

export const deletePaymentTermWorkflowId = "delete-payment-term"

/** Deletes a payment term no company or invoice uses (the route checked and refuses otherwise). */
export const deletePaymentTermWorkflow = createWorkflow(
  deletePaymentTermWorkflowId,
  (input: { id: string; code: string }) => {
    const validate = createHook("validate", { input })
    deletePaymentTermStep({ id: input.id })
    emitEventStep({
      eventName: PAYMENT_TERM_DELETED,
      data: transform(
        { input },
        ({ input }): PaymentTermDeletedPayload => ({ id: input.id, code: input.code })
      ),
    })
    return new WorkflowResponse(input, { hooks: [validate] })
  }
)
