import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { renderStatementStep, type StatementCompany, type StatementPeriod } from "./steps/render-statement"

export const downloadStatementWorkflowId = "download-statement"

export type DownloadStatementInput = StatementPeriod & { company: StatementCompany }

/**
 * A company's statement of account for a period as a PDF to download (admin
 * and the company's own admins alike). It writes nothing, so it has nothing
 * to compensate and no event to emit.
 */
export const downloadStatementWorkflow = createWorkflow(
  downloadStatementWorkflowId,
  (input: DownloadStatementInput) => {
    const rendered = renderStatementStep(input)
    return new WorkflowResponse(
      transform({ rendered }, ({ rendered }) => ({ filename: rendered.filename, content: rendered.content }))
    )
  }
)
