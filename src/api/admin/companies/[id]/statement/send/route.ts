import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { sendStatementWorkflow } from "../../../../../../workflows/receivables/send-statement"
import { assertCompanyCurrency, receivablesOf } from "../../../../receivables/helpers"
import type { AdminSendStatementType } from "../../../../receivables/validators"

/**
 * POST /admin/companies/:id/statement/send: e-mails the statement of account
 * for a period (default: the last 90 days) to `recipient` (default: the
 * company's billing e-mail), the PDF attached, and records it on the
 * company's timeline.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSendStatementType>, res: MedusaResponse) {
  const body = req.validatedBody
  const company = await assertCompanyCurrency(req.scope, req.params.id, body.currency_code)
  const { from, to } = receivablesOf(req.scope).statementPeriod(body)
  const [billing] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: company.id }, { select: ["billing_email"] })
  const recipient = body.recipient ?? billing?.billing_email
  if (!recipient) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${company.name} has no billing e-mail: give the recipient of the statement`
    )
  }
  const { result } = await sendStatementWorkflow(req.scope).run({
    input: {
      company,
      currency_code: body.currency_code ?? company.currency_code,
      from,
      to,
      recipient,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ statement_sent: result })
}
