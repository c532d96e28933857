import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceDetail } from "../helpers"

/**
 * GET /admin/invoices/:id: an invoice (with its credit and debit notes), or
 * a credit or debit note (with the invoice it names).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ invoice: await invoiceDetail(req, req.params.id) })
}
