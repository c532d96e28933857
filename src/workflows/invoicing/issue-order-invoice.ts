import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueDraftedDocument } from "./issue-drafted-document"
import { type DraftOrderInvoiceInput, draftOrderInvoiceStep } from "./steps/draft-order-invoice"

export const issueOrderInvoiceWorkflowId = "issue-order-invoice"

/**
 * Invoices an order, or one of its shipments: drafts what is left to invoice,
 * then issues (numbers, hashes, freezes) it; the receivables ledger books
 * it on `invoice.issued`; an invoice paid at checkout is paid from the
 * start (`invoice.paid` with it). Invoices of one order are made one at a time, so two shipments never both claim
 * the shipping charge or the same units. Rendering and sending follow on
 * `invoice.issued`. Returns null when there was nothing left to invoice.
 */
export const issueOrderInvoiceWorkflow = createWorkflow(
  issueOrderInvoiceWorkflowId,
  (input: DraftOrderInvoiceInput) => {
    const lockKey = transform({ input }, ({ input }) => `o2c:invoicing:order:${input.order_id}`)
    // Taken also when run inside another workflow (shipment invoicing): the lock is what keeps
    // two invoices of one order from claiming the same units.
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120, executeOnSubWorkflow: true })
    const drafted = draftOrderInvoiceStep(input)
    const issued = issueDraftedDocument("order-has-something-to-invoice", drafted)
    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
    return new WorkflowResponse(transform({ issued }, ({ issued }) => issued ?? null))
  }
)
