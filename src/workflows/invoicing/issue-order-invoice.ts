import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitDocumentIssued, emitInvoiceStatusEvents } from "./invoice-events"
import { type DraftOrderInvoiceInput, draftOrderInvoiceStep } from "./steps/draft-order-invoice"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { settleDocumentStatusesStep } from "../receivables/steps/settle-document-statuses"

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
    const issued = when("order-has-something-to-invoice", { drafted }, ({ drafted }) => !!drafted).then(
      () => {
        const draft = transform({ drafted }, ({ drafted }) => drafted!)
        const invoice = issueInvoiceStep({ id: draft.id, issue_date: draft.issue_date })
        const changes = settleDocumentStatusesStep(
          transform({ draft }, ({ draft }) => ({ document_ids: [draft.id] }))
        )
        emitDocumentIssued(invoice)
        emitInvoiceStatusEvents(changes)
        return invoice
      }
    )
    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
    return new WorkflowResponse(transform({ issued }, ({ issued }) => issued ?? null))
  }
)
