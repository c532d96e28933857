import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverDocumentStep, renderForDeliveryStep } from "./steps/deliver-document"

export const renderAndSendInvoiceWorkflowId = "render-and-send-invoice"

/**
 * Renders an issued document and, once rendered, sends it if it was never
 * sent, with the credit notes issued before it could be (an outage held it
 * back, and in the meantime it was corrected or cancelled); a credit note
 * of an invoice not sent yet waits for it. Run on `invoice.issued`,
 * `credit_note.issued` and `debit_note.issued`, by the retry job and the admin's retry.
 */
export const renderAndSendInvoiceWorkflow = createWorkflow(
  renderAndSendInvoiceWorkflowId,
  (input: { document_id: string }) => {
    const render = renderForDeliveryStep(input)
    const sent = deliverDocumentStep(
      transform({ input, render }, ({ input, render }) => ({
        document_id: input.document_id,
        delivery_lock: render.delivery_lock,
      }))
    )
    return new WorkflowResponse(
      transform({ render, sent }, ({ render, sent }) => ({ rendered: render.rendered, sent: sent.sent }))
    )
  }
)
