import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendInvoiceStep } from "./steps/send-invoice"

/** Emails an issued document to the buyer (on issue, and again on demand). */
export const sendInvoiceWorkflow = createWorkflow(
  "send-invoice",
  (input: { invoice_id: string; to?: string | null }) => {
    return new WorkflowResponse(sendInvoiceStep(input))
  }
)
