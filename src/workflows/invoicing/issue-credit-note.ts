import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitDocumentIssued, emitInvoiceStatusEvents } from "./invoice-events"
import { type DraftCreditNoteInput, draftCreditNoteStep } from "./steps/draft-credit-note"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { settleDocumentStatusesStep } from "../receivables/steps/settle-document-statuses"

export const issueCreditNoteWorkflowId = "issue-credit-note"

/**
 * Issues a credit note against an invoice (a return, a cancellation, or a
 * manual correction): drafts the credited quantities and issues them; the
 * receivables ledger books it on `credit_note.issued` (an invoice paid at
 * checkout takes its new status at once). Credit notes of one invoice are
 * made one at a time, so two requests can never credit the same units twice.
 * Returns null when the source (a return, a cancellation) was credited already.
 */
export const issueCreditNoteWorkflow = createWorkflow(
  issueCreditNoteWorkflowId,
  (input: DraftCreditNoteInput) => {
    const lockKey = transform({ input }, ({ input }) => `o2c:invoicing:invoice:${input.invoice_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const drafted = draftCreditNoteStep(input)
    const issued = when("source-not-credited-yet", { drafted }, ({ drafted }) => !!drafted).then(() => {
      const draft = transform({ drafted }, ({ drafted }) => drafted!)
      const creditNote = issueInvoiceStep({ id: draft.id, issue_date: draft.issue_date })
      const changes = settleDocumentStatusesStep(
        transform({ input }, ({ input }) => ({ document_ids: [input.invoice_id] }))
      )
      emitDocumentIssued(creditNote)
      emitInvoiceStatusEvents(changes)
      return creditNote
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ issued }, ({ issued }) => issued ?? null))
  }
)
