import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_ALLOCATED, PAYMENT_RECORDED, PAYMENT_REVERSED } from "../../modules/receivables/events"
import { followLedgerChange } from "./ledger-changed"
import { paymentAllocated, paymentRecorded, paymentReversed } from "./payment-events"
import { type ApplyPaymentInput, applyPaymentStep } from "./steps/apply-payment"
import { type ReceivePaymentInput, receivePaymentStep } from "./steps/receive-payment"
import { type ReversePaymentInput, reversePaymentStep } from "./steps/reverse-payment"

type Detail = {
  payment: { id: string; company_id: string; currency_code: string }
  allocations: Array<{ document_id: string | null }>
  settlements: Array<{ document_id: string | null }>
  reopened_documents?: string[]
}

/** The account and the documents a payment's change touched. */
const touched = (detail: Detail) => ({
  company_id: detail.payment.company_id,
  currency_code: detail.payment.currency_code,
  document_ids: [
    ...[...detail.allocations, ...detail.settlements]
      .map((a) => a.document_id)
      .filter((id): id is string => !!id),
    ...(detail.reopened_documents ?? []),
  ],
})

export const receivePaymentWorkflowId = "receive-payment"

/**
 * An admin (or a bank import) records a payment received and settles
 * invoices with it: `payment.recorded`, then `payment.allocated` when it
 * settled something. A replayed request (same idempotency key) changes
 * nothing and emits nothing.
 */
export const receivePaymentWorkflow = createWorkflow(
  receivePaymentWorkflowId,
  (input: ReceivePaymentInput) => {
    const received = receivePaymentStep(input)
    followLedgerChange(transform({ received }, ({ received }) => touched(received as Detail)))
    when("payment-is-new", { received }, ({ received }) => !received.replayed).then(() => {
      emitEventStep({
        eventName: PAYMENT_RECORDED,
        data: transform({ received }, ({ received }) => paymentRecorded(received)),
      }).config({ name: "emit-payment-recorded" })
      emitEventStep({
        eventName: PAYMENT_ALLOCATED,
        data: transform({ received }, ({ received }) => paymentAllocated(received, received.allocations)),
      }).config({ name: "emit-payment-allocated" })
    })
    return new WorkflowResponse(received)
  }
)

export const applyPaymentWorkflowId = "apply-payment"

/** Settles more items with what is left of a payment: `payment.allocated` with what this allocation added. */
export const applyPaymentWorkflow = createWorkflow(applyPaymentWorkflowId, (input: ApplyPaymentInput) => {
  const applied = applyPaymentStep(input)
  followLedgerChange(transform({ applied }, ({ applied }) => touched(applied as Detail)))
  emitEventStep({
    eventName: PAYMENT_ALLOCATED,
    data: transform({ applied }, ({ applied }) => paymentAllocated(applied, applied.added)),
  })
  return new WorkflowResponse(applied)
})

export const reversePaymentWorkflowId = "reverse-payment"

/** Reverses a payment (a bounced transfer, a payment recorded by mistake): what it paid is open again. */
export const reversePaymentWorkflow = createWorkflow(
  reversePaymentWorkflowId,
  (input: ReversePaymentInput) => {
    const reversed = reversePaymentStep(input)
    followLedgerChange(transform({ reversed }, ({ reversed }) => touched(reversed as Detail)))
    emitEventStep({
      eventName: PAYMENT_REVERSED,
      data: transform({ reversed, input }, ({ reversed, input }) =>
        paymentReversed(reversed, input, reversed.reopened_documents)
      ),
    })
    return new WorkflowResponse(reversed)
  }
)
