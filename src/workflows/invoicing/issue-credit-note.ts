import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueDraftedDocument } from "./issue-drafted-document"
import { type DraftCreditNoteInput, draftCreditNoteStep } from "./steps/draft-credit-note"

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
    const creditedInvoiceId = transform({ input }, ({ input }) => input.invoice_id)
    const issued = issueDraftedDocument("source-not-credited-yet", drafted, creditedInvoiceId)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ issued }, ({ issued }) => issued ?? null))
  }
)
