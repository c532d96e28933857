import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withOrderCreditLock } from "./order-credit-lock"
import type { DraftCreditNoteInput } from "./steps/draft-credit-note"
import { issueCreditNotesStep } from "./steps/issue-credit-notes"

export const creditInvoiceWorkflowId = "credit-invoice"

/**
 * An admin credits an invoice (some lines, or everything left): one at a
 * time with the order's automatic credit notes (returns, refunds,
 * cancellation). `lock_id` is the invoice's order, or the invoice itself
 * when it has none. Returns the credit note.
 */
export const creditInvoiceWorkflow = createWorkflow(
  creditInvoiceWorkflowId,
  (input: DraftCreditNoteInput & { lock_id: string }) => {
    const lockId = transform({ input }, ({ input }) => input.lock_id)
    const issued = withOrderCreditLock(lockId, () =>
      issueCreditNotesStep(transform({ input }, ({ input: { lock_id, ...credit } }) => [credit]))
    )
    return new WorkflowResponse(transform({ issued }, ({ issued }) => issued[0]))
  }
)
