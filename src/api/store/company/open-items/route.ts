import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openItemsReport } from "../../../receivables"
import { companyOfCompanyAdmin } from "../helpers"

/** GET /store/company/open-items: the company's balance and what is open, with due dates, for its admins. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const company = await companyOfCompanyAdmin(req)
  res.json(await openItemsReport(req.scope, company.id, company.currency_code))
}
