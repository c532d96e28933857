import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SendInvoiceInput, sendInvoiceStep } from "./steps/send-invoice"

/** Emails an issued document to the buyer (on issue, and again on demand), with the credit notes going out with it. */
export const sendInvoiceWorkflow = createWorkflow("send-invoice", (input: SendInvoiceInput) => {
  return new WorkflowResponse(sendInvoiceStep(input))
})
