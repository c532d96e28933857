import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defaultCurrency, receivablesOf } from "../helpers"

/**
 * GET /admin/receivables/aging?as_of=&company_id=&currency_code=&buckets=:
 * open receivables by days past due, as they stood on any date. One
 * object per currency; `{ as_of, aging: [...] }` when there are several.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = req.validatedQuery as {
    as_of?: string
    company_id?: string
    currency_code?: string
    buckets?: string
  }
  res.json(await receivablesOf(req.scope).agingReport(params, await defaultCurrency(req.scope, params.company_id)))
}
