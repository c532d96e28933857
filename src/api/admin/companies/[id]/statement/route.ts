import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCompanyCurrency, sendStatement } from "../../../../receivables"
import type { StatementParamsType } from "../../../receivables/validators"

/** GET /admin/companies/:id/statement?from=&to=&currency_code=&format=json|pdf: the statement of account. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = req.validatedQuery as StatementParamsType
  const company = await assertCompanyCurrency(req.scope, req.params.id, params.currency_code)
  await sendStatement(req, res, company, params)
}
