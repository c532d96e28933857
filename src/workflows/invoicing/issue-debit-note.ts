import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueDraftedDocument } from "./issue-drafted-document"
import { draftDebitNoteStep, type IssueDebitNoteInput } from "./steps/draft-debit-note"

export type { IssueDebitNoteInput } from "./steps/draft-debit-note"

export const issueDebitNoteWorkflowId = "issue-debit-note"

/**
 * Issues a debit note for a late-payment charge a credit controller decided
 * is owed (the 40 EUR recovery indemnity, late-payment interest) on a late
 * invoice: numbered in the invoice series, hashed and frozen like an
 * invoice, payable on receipt. Emits `debit_note.issued`, on which the
 * ledger books it (a `late_fee` or `interest` debit) and it is rendered and
 * e-mailed. Made under the invoice's lock, as its credit notes are. The same
 * `source_ref` again returns the debit note it issued, never a second one.
 * Hooks: `validate` (before anything is written, with the input) and
 * `debitNoteIssued` (with the debit note, and whether this run issued it).
 */
export const issueDebitNoteWorkflow = createWorkflow(
  issueDebitNoteWorkflowId,
  (input: IssueDebitNoteInput) => {
    const validate = createHook("validate", { input })
    const lockKey = transform(
      { input },
      ({ input }) => `o2c:invoicing:invoice:${input.relates_to_invoice_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const draft = draftDebitNoteStep(input)
    const drafted = transform({ draft }, ({ draft }) => draft.drafted)
    const issued = issueDraftedDocument("debit-note-not-issued-yet", drafted)
    releaseLockStep({ key: lockKey })
    const debitNote = transform({ issued, draft }, ({ issued, draft }) => (issued ?? draft.existing)!)
    const created = transform({ issued }, ({ issued }) => !!issued)
    const debitNoteIssued = createHook("debitNoteIssued", { debit_note: debitNote, created })
    return new WorkflowResponse(debitNote, { hooks: [validate, debitNoteIssued] })
  }
)
