import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import { type DownloadStatementInput, downloadStatementWorkflow } from "../../workflows/receivables/download-statement"

/**
 * Answers GET .../statement for admins and company admins alike: the
 * statement of account for a period (default: the last 90 days) as JSON
 * (one query), or as a PDF (one workflow).
 */
export async function answerStatement(
  req: MedusaRequest,
  res: MedusaResponse,
  company: DownloadStatementInput["company"],
  params: { from?: string; to?: string; currency_code?: string; format: "json" | "pdf" }
) {
  const receivables = req.scope.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
  const period = {
    ...receivables.statementPeriod(params),
    currency_code: params.currency_code ?? company.currency_code,
  }
  if (params.format === "json") {
    res.json({ statement: await receivables.statementReport({ company_id: company.id, ...period }, company) })
    return
  }
  const { result } = await downloadStatementWorkflow(req.scope).run({ input: { company, ...period } })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${result.filename}"`)
  res.end(Buffer.from(result.content, "base64"))
}
