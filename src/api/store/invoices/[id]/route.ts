import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withReceivables } from "../../../receivables"
import { retrieveStoreDocument } from "../helpers"

/** GET /store/invoices/:id: one of the customer's documents, with what is still open on it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { hash, previous_hash, render_error, render_attempts, send_error, ...invoice } = await retrieveStoreDocument(
    req,
    req.params.id
  )
  const [withReceivable] = await withReceivables(req.scope, [invoice])
  res.json({ invoice: withReceivable })
}
