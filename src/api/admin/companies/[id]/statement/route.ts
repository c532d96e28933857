import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerStatement } from "../../../../receivables/statement"
import { assertCompanyCurrency } from "../../../receivables/helpers"
import type { StatementParamsType } from "../../../receivables/validators"

/** GET /admin/companies/:id/statement?from=&to=&currency_code=&format=json|pdf: the statement of account. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = req.validatedQuery as StatementParamsType
  const company = await assertCompanyCurrency(req.scope, req.params.id, params.currency_code)
  await answerStatement(req, res, company, params)
}
