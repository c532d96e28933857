import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { INVOICE_RENDERED } from "../../modules/invoicing/events"
import { type RenderInvoiceFilesInput, renderInvoiceFilesStep } from "./steps/render-invoice-files"

/**
 * Renders and stores an issued document's files; `invoice.rendered` follows
 * a success. One render of a document at a time: the subscriber, the retry
 * job and the admin's retry may meet.
 */
export const renderInvoiceFilesWorkflowId = "render-invoice-files"

export const renderInvoiceFilesWorkflow = createWorkflow(
  renderInvoiceFilesWorkflowId,
  (input: RenderInvoiceFilesInput) => {
    const lockKey = transform({ input }, ({ input }) => `o2c:invoicing:render:${input.invoice_id}`)
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })
    const outcome = renderInvoiceFilesStep(input)
    when("rendered", { outcome }, ({ outcome }) => outcome.rendered).then(() => {
      emitEventStep({ eventName: INVOICE_RENDERED, data: { id: input.invoice_id } })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(outcome)
  }
)
