/** Emitted when allocations settle an invoice in full: `{ id }`. The order's on-account payment is captured on it. */
export const INVOICE_PAID = "invoice.paid"
/** Emitted once a payment is recorded: `{ id, company_id }` (the payment's ledger entry). */
export const PAYMENT_RECEIVED = "receivables.payment_received"
/** Emitted once a payment is reversed: `{ id, company_id }`. */
export const PAYMENT_REVERSED = "receivables.payment_reversed"
/**
 * Emitted once a statement of account is e-mailed:
 * `{ company_id, recipient, from, to, currency_code, notification_id }`.
 */
export const STATEMENT_SENT = "statement.sent"
