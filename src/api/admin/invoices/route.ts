import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceFilters, listDocuments } from "./helpers"

/** GET /admin/invoices: issued invoices, newest first, filtered by company, order, status, number, issue dates. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await listDocuments(req, res, invoiceFilters(req.validatedQuery, "invoice"), "invoices")
}
