import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceFilters, listDocuments } from "../../invoicing/documents"
import { openSummary } from "./helpers"

/**
 * GET /admin/invoices: issued invoices, newest first, filtered by company,
 * order, status, number, issue dates; `summary` is what all of them (not
 * only this page) still have open, per currency.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters = invoiceFilters(req.validatedQuery, "invoice")
  const [page, summary] = await Promise.all([
    listDocuments(req.scope, filters, "invoices", req.validatedQuery),
    openSummary(req.scope, filters),
  ])
  res.json({ ...page, summary })
}
