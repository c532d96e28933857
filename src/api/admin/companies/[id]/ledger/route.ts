import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCompanyCurrency, receivablesOf } from "../../../receivables/helpers"

/**
 * GET /admin/companies/:id/ledger?currency_code=&limit=&offset=: the
 * account's entries, newest first, each with what is left unallocated,
 * and its balance and open items.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { currency_code, limit, offset } = req.validatedQuery as {
    currency_code?: string
    limit: number
    offset: number
  }
  const company = await assertCompanyCurrency(req.scope, req.params.id, currency_code)
  res.json(
    await receivablesOf(req.scope).ledgerListing(
      { company_id: company.id, currency_code: currency_code ?? company.currency_code },
      { limit, offset }
    )
  )
}
