import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pendingRendersStep, renderAndSendDocumentsStep } from "./steps/pending-renders"

export const retryInvoiceRendersWorkflowId = "retry-invoice-renders"

/**
 * Issued documents whose PDF is not rendered yet (Chromium crashed, the
 * file store was down, the process stopped between issue and render) are
 * rendered again, up to the configured number of attempts; after that they
 * stay `failed` with their error for a person to look at and retry. Once
 * rendered they go to the buyer, marked as sent late (see `isSentLate`),
 * with the credit notes issued in the meantime. Returns the documents tried.
 */
export const retryInvoiceRendersWorkflow = createWorkflow(retryInvoiceRendersWorkflowId, () => {
  return new WorkflowResponse(renderAndSendDocumentsStep(pendingRendersStep()))
})
