import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StatementParamsType } from "../../../admin/receivables/validators"
import { sendStatement } from "../../../receivables"
import { companyOfCompanyAdmin } from "../helpers"

/** GET /store/company/statement?from=&to=&format=json|pdf: the company's statement, for its admins. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const company = await companyOfCompanyAdmin(req)
  await sendStatement(req, res, company, req.validatedQuery as StatementParamsType)
}
