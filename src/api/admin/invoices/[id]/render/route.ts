import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderAndSend } from "../../../../../workflows/invoicing/render-and-send"
import { invoiceDetail, retrieveIssued } from "../../helpers"

/** POST /admin/invoices/:id/render: renders a document whose PDF failed, now (and sends it if it never was). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveIssued(req, req.params.id)
  await renderAndSend(req.scope, req.params.id)
  res.json({ invoice: await invoiceDetail(req, req.params.id) })
}
