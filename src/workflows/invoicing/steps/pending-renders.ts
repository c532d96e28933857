import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { runWorkflowForEachStep } from "../../common/run-workflow-for-each"
import { renderAndSendInvoiceWorkflow } from "../render-and-send-invoice"

/**
 * Issued documents whose render is pending or failed with attempts left,
 * oldest first, 50 at a time. The ones just issued are left to their issue
 * subscriber, unless it has tried already: then they are the backlog. Reads only.
 */
export const pendingRendersStep = createStep("pending-renders", async (_: undefined, { container }) => {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const pending = await invoicing.listInvoices(
    {
      status: { $ne: "draft" },
      render_status: ["pending", "failed"],
      render_attempts: { $lt: invoicing.options.invoicing.maxRenderAttempts },
      $or: [{ render_attempts: { $gt: 0 } }, { issued_at: { $lt: new Date(Date.now() - 60_000) } }],
    },
    { select: ["id"], take: 50, order: { issued_at: "ASC" } }
  )
  return new StepResponse(pending.map((d) => d.id))
})

/** Renders and sends each document through its own workflow; a failed render stays on the document for the next run. */
export const renderAndSendDocumentsStep = runWorkflowForEachStep(
  "render-and-send-documents",
  renderAndSendInvoiceWorkflow,
  (id) => ({ document_id: id })
)
