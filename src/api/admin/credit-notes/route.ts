import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceFilters, listDocuments } from "../../invoicing/documents"

/** GET /admin/credit-notes: issued credit notes, with the same filters as invoices. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(
    await listDocuments(
      req.scope,
      invoiceFilters(req.validatedQuery, "credit_note"),
      "credit_notes",
      req.validatedQuery
    )
  )
}
