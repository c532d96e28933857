import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { issueCreditNoteWorkflow } from "../issue-credit-note"
import type { DraftCreditNoteInput } from "./draft-credit-note"

/**
 * Issues the credit notes a decision called for, one after another (each
 * drafts from what the earlier ones left), each through its own workflow
 * and events. No compensation: an issued document is never undone
 * (corrections go through credit notes), and each automatic one carries its
 * source, so running the decision again skips what was issued.
 */
export const issueCreditNotesStep = createStep(
  "issue-credit-notes",
  async (inputs: DraftCreditNoteInput[], { container }) => {
    const issued: Array<{ id: string }> = []
    for (const input of inputs) {
      const { result } = await issueCreditNoteWorkflow(container).run({ input })
      if (result) issued.push(result)
    }
    return new StepResponse(issued)
  }
)
