import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_RECEIVED, PAYMENT_REVERSED } from "../../modules/receivables/events"
import { followLedgerChange } from "./ledger-changed"
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

/** An admin (or a bank import) records a payment received and settles invoices with it. */
export const receivePaymentWorkflow = createWorkflow("receive-payment", (input: ReceivePaymentInput) => {
  const received = receivePaymentStep(input)
  followLedgerChange(transform({ received }, ({ received }) => touched(received as Detail)))
  emitEventStep({
    eventName: PAYMENT_RECEIVED,
    data: transform({ received }, ({ received }) => ({
      id: received.payment.id,
      company_id: received.payment.company_id,
    })),
  })
  return new WorkflowResponse(received)
})

/** Settles more items with what is left of a payment. */
export const applyPaymentWorkflow = createWorkflow("apply-payment", (input: ApplyPaymentInput) => {
  const applied = applyPaymentStep(input)
  followLedgerChange(transform({ applied }, ({ applied }) => touched(applied as Detail)))
  return new WorkflowResponse(applied)
})

/** Reverses a payment (a bounced transfer, a payment recorded by mistake): what it paid is open again. */
export const reversePaymentWorkflow = createWorkflow("reverse-payment", (input: ReversePaymentInput) => {
  const reversed = reversePaymentStep(input)
  followLedgerChange(transform({ reversed }, ({ reversed }) => touched(reversed as Detail)))
  emitEventStep({
    eventName: PAYMENT_REVERSED,
    data: transform({ reversed }, ({ reversed }) => ({
      id: reversed.payment.id,
      company_id: reversed.payment.company_id,
    })),
  })
  return new WorkflowResponse(reversed)
})
