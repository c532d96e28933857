import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderAndSendInvoiceWorkflow } from "../../../../../workflows/invoicing/render-and-send-invoice"
import { invoiceDetail, retrieveIssued } from "../../helpers"

/** POST /admin/invoices/:id/render: renders a document whose PDF failed, now (and sends it if it never was). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrieveIssued(req, req.params.id)
  await renderAndSendInvoiceWorkflow(req.scope).run({ input: { document_id: req.params.id } })
  res.json({ invoice: await invoiceDetail(req, req.params.id) })
}
