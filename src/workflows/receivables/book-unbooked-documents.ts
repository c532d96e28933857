import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookDocumentsStep, unbookedDocumentsStep } from "./steps/unbooked-documents"

export const bookUnbookedDocumentsWorkflowId = "book-unbooked-documents"

/**
 * The ledger's sweep: documents of on-account orders issued in the last
 * week that it has not booked (the process stopped between issue and
 * booking, the database was briefly unreachable) are booked now. Returns
 * the documents booked.
 */
export const bookUnbookedDocumentsWorkflow = createWorkflow(bookUnbookedDocumentsWorkflowId, () => {
  return new WorkflowResponse(bookDocumentsStep(unbookedDocumentsStep()))
})
