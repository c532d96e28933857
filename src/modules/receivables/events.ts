/**
 * The receivables context's events: names and payloads, the contract
 * webhooks publish (changing one is a breaking change). Amounts are decimal
 * strings in the account's currency, with its `currency_code`. A payment's
 * `id` is its ledger entry's.
 */

/** The payment and the account every payment event is about. */
type PaymentEventPayload = {
  id: string
  company_id: string
  currency_code: string
  amount: string
}

/** Emitted once a payment is recorded (not when an idempotent request is replayed). */
export const PAYMENT_RECORDED = "payment.recorded"
export type PaymentRecordedPayload = PaymentEventPayload & {
  received_on: string
  method: string | null
  reference: string | null
  /** What is left of it after the allocations made with it (see `payment.allocated`). */
  unallocated: string
}

/**
 * Emitted once a payment settles items: on its recording, or allocated later. Lists this change's allocations
 * only; its `amount` is their sum.
 */
export const PAYMENT_ALLOCATED = "payment.allocated"
export type PaymentAllocatedPayload = PaymentEventPayload & {
  unallocated: string
  allocations: Array<{
    document_id: string | null
    document_number: string | null
    due_date: string | null
    amount: string
  }>
}

/** Emitted once a payment is reversed: what it settled is open again. */
export const PAYMENT_REVERSED = "payment.reversed"
export type PaymentReversedPayload = PaymentEventPayload & {
  reversed_on: string
  reason: string | null
  /** The invoices and credit notes it had settled. */
  reopened_document_ids: string[]
}

/** Emitted once a statement of account is e-mailed. */
export const STATEMENT_SENT = "statement.sent"
export type StatementSentPayload = {
  company_id: string
  recipient: string
  from: string
  to: string
  currency_code: string
  closing_balance: string
  notification_id: string
}
