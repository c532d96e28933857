import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueOrderInvoiceWorkflow } from "../../../../../workflows/invoicing/issue-order-invoice"
import { MedusaError } from "@medusajs/framework/utils"
import { listDocuments } from "../../../../invoicing/documents"
import { invoiceDetail } from "../../../invoices/helpers"
import { orderInvoicing } from "../../helpers"

/**
 * GET /admin/orders/:id/invoices: the order's invoices, whether anything is
 * left to invoice (and, when not, why), and how the order was paid, in
 * words: what the order page's invoicing widget shows.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { left_to_invoice, nothing_left_reason, payment_methods } = await orderInvoicing(
    req.scope,
    req.params.id
  )
  const page = await listDocuments(
    req.scope,
    { order_id: req.params.id, kind: "invoice", status: { $ne: "draft" } },
    "invoices",
    { offset: 0, limit: 100 }
  )
  res.json({ ...page, left_to_invoice, nothing_left_reason, payment_methods })
}

/**
 * POST /admin/orders/:id/invoices: invoices now whatever of the order no
 * invoice has taken yet, whatever the trigger (e.g. goods collected by the
 * buyer, never shipped). 409 with the reason when nothing is left to invoice.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const before = await orderInvoicing(req.scope, req.params.id)
  if (!before.left_to_invoice) {
    throw new MedusaError(MedusaError.Types.CONFLICT, before.nothing_left_reason!)
  }
  const { result } = await issueOrderInvoiceWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  if (!result) {
    // Another request invoiced the rest in between.
    const after = await orderInvoicing(req.scope, req.params.id)
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      after.nothing_left_reason ?? `Order ${req.params.id} has nothing left to invoice`
    )
  }
  res.status(201).json({ invoice: await invoiceDetail(req, result.id) })
}
