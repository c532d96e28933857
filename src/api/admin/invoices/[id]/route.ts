import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceDetail } from "../helpers"

/** GET /admin/invoices/:id: an invoice or credit note, with its credit notes or the invoice it corrects. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ invoice: await invoiceDetail(req, req.params.id) })
}
