import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { creditInvoiceWorkflow } from "../../../../../workflows/invoicing/credit-invoice"
import { invoiceDetail, retrieveIssued } from "../../helpers"

type Body = {
  reason: string
  lines?: Array<{ position: number; quantity: number }>
  include_shipping?: boolean
}

/**
 * POST /admin/invoices/:id/credit-notes: issues a credit note for some lines
 * (partial) or everything not yet credited (full). 400 for a line the
 * invoice does not have or more than is left to credit.
 */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const invoice = await retrieveIssued(req, req.params.id)
  const { result } = await creditInvoiceWorkflow(req.scope).run({
    input: { invoice_id: req.params.id, lock_id: invoice.order_id ?? invoice.id, ...req.validatedBody },
  })
  res.status(201).json({ credit_note: await invoiceDetail(req, result.id) })
}
