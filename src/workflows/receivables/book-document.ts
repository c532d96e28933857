import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { followLedgerChange } from "./ledger-changed"
import { bookDocumentStep } from "./steps/book-document"
import { recordOrderInvoicedStep } from "./steps/record-order-invoiced"

export const bookDocumentWorkflowId = "book-document"

/**
 * Books an issued invoice, credit note or debit note of an on-account
 * order in the receivables ledger, then moves the order's invoiced part out
 * of its uninvoiced exposure and brings the company's balance and the
 * invoices' statuses up to date. Every step is idempotent: `invoice.issued`,
 * `credit_note.issued` and `debit_note.issued` run it, and the sweep job
 * runs it again for any document it finds unbooked.
 */
export const bookDocumentWorkflow = createWorkflow(
  bookDocumentWorkflowId,
  (input: { document_id: string }) => {
    const booked = bookDocumentStep(input)
    when("document-is-a-receivable", { booked }, ({ booked }) => !!booked).then(() => {
      const order = transform({ booked }, ({ booked }) => ({ order_id: booked!.order_id }))
      recordOrderInvoicedStep(order)
      followLedgerChange(transform({ booked }, ({ booked }) => booked!))
    })
    return new WorkflowResponse(booked)
  }
)
