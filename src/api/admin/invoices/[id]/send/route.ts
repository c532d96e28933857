import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendInvoiceWorkflow } from "../../../../../workflows/invoicing/send-invoice"
import { invoiceDetail, retrieveIssued } from "../../helpers"

/** POST /admin/invoices/:id/send: emails the document again, to its billing email or `to`. */
export async function POST(req: AuthenticatedMedusaRequest<{ to?: string }>, res: MedusaResponse) {
  await retrieveIssued(req, req.params.id)
  await sendInvoiceWorkflow(req.scope).run({ input: { invoice_id: req.params.id, to: req.validatedBody.to } })
  res.json({ invoice: await invoiceDetail(req, req.params.id) })
}
