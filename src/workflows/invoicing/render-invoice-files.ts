import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { INVOICE_RENDERED } from "../../modules/invoicing/events"
import { renderInvoiceFilesStep } from "./steps/render-invoice-files"

/** Renders and stores an issued document's files; `invoice.rendered` follows a success. */
export const renderInvoiceFilesWorkflow = createWorkflow(
  "render-invoice-files",
  (input: { invoice_id: string }) => {
    const outcome = renderInvoiceFilesStep(input)
    when("rendered", { outcome }, ({ outcome }) => outcome.rendered).then(() => {
      emitEventStep({ eventName: INVOICE_RENDERED, data: { id: input.invoice_id } })
    })
    return new WorkflowResponse(outcome)
  }
)
