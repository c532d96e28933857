import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCompanyCurrency, num, openItemsReport, receivablesOf } from "../../../../receivables"

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
  const currency = currency_code ?? company.currency_code
  const receivables = receivablesOf(req.scope)
  const [[entries, count], open] = await Promise.all([
    receivables.listAndCountLedgerEntries(
      { company_id: company.id, currency_code: currency },
      { skip: offset, take: limit, order: { effective_date: "DESC", created_at: "DESC" } }
    ),
    openItemsReport(req.scope, company.id, currency),
  ])
  const unallocated = await receivables.unallocatedOf(entries.map((e) => e.id))
  res.json({
    ...open,
    count,
    limit,
    offset,
    entries: entries.map((e: any) => ({
      id: e.id,
      effective_date: e.effective_date,
      due_date: e.due_date,
      type: e.type,
      side: e.side,
      amount: num(e.raw_amount ?? e.amount),
      unallocated: num(unallocated.get(e.id)),
      document_type: e.document_type,
      document_id: e.document_id,
      document_number: e.document_number,
      source: e.source,
      reverses_entry_id: e.reverses_entry_id,
      created_by: e.created_by,
      created_at: e.created_at,
      metadata: e.metadata,
    })),
  })
}
