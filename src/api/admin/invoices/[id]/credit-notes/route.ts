import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueCreditNoteWorkflow } from "../../../../../workflows/invoicing/issue-credit-note"
import { withOrderCreditLock } from "../../../../../workflows/invoicing/order-credit-lock"
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
  // With the order's automatic credit notes (returns, refunds), one at a time.
  const { result } = await withOrderCreditLock(req.scope, invoice.order_id ?? invoice.id, () =>
    issueCreditNoteWorkflow(req.scope).run({ input: { invoice_id: req.params.id, ...req.validatedBody } })
  )
  res.status(201).json({ credit_note: await invoiceDetail(req, result!.id) })
}
