import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_SENT, type InvoiceSentPayload } from "../../modules/invoicing/events"
import { type SendInvoiceInput, sendInvoiceStep } from "./steps/send-invoice"

export const sendInvoiceWorkflowId = "send-invoice"

/**
 * Emails an issued document to the buyer (on issue, and again on demand),
 * with the credit notes going out with it; `invoice.sent` follows.
 */
export const sendInvoiceWorkflow = createWorkflow(sendInvoiceWorkflowId, (input: SendInvoiceInput) => {
  const sent = sendInvoiceStep(input)
  emitEventStep({
    eventName: INVOICE_SENT,
    data: transform(
      { sent, input },
      ({ sent, input }): InvoiceSentPayload => ({
        id: sent.invoice.id,
        number: sent.invoice.number!,
        kind: sent.invoice.kind,
        company_id: sent.invoice.company_id,
        sent_to: sent.invoice.sent_to!,
        sent_late: sent.invoice.sent_late,
        credit_note_ids: input.credit_note_ids ?? [],
        notification_id: sent.notification_id,
      })
    ),
  })
  return new WorkflowResponse(sent)
})
