import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueOrderInvoiceWorkflow } from "../../../../../workflows/invoicing/issue-order-invoice"
import { invoiceDetail } from "../../../invoices/helpers"
import { conflictError } from "../../../../utils"

/**
 * POST /admin/orders/:id/invoices: invoices now whatever of the order no
 * invoice has taken yet, whatever the trigger (e.g. goods collected by the
 * buyer, never shipped). 409 when everything is invoiced already.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await issueOrderInvoiceWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  if (!result) {
    throw conflictError(`Order ${req.params.id} has nothing left to invoice`)
  }
  res.status(201).json({ invoice: await invoiceDetail(req, result.id) })
}
