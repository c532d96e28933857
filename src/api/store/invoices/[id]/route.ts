import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveStoreDocument } from "../helpers"

/** GET /store/invoices/:id: one of the customer's documents. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { hash, previous_hash, render_error, render_attempts, send_error, ...invoice } = await retrieveStoreDocument(
    req,
    req.params.id
  )
  res.json({ invoice })
}
