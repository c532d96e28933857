import type { MedusaResponse } from "@medusajs/framework/http"
import { RECEIVABLES_MODULE } from "../../../../modules/receivables"
import type ReceivablesModuleService from "../../../../modules/receivables/service"
import type { StoreCustomerRequest } from "../../buyer-context"
import { retrieveStoreDocument } from "../helpers"

/** GET /store/invoices/:id: one of the customer's documents, with what is still open on it. */
export async function GET(req: StoreCustomerRequest, res: MedusaResponse) {
  const { hash, previous_hash, render_error, render_attempts, send_error, ...invoice } =
    await retrieveStoreDocument(req, req.params.id)
  const [withReceivable] = await req.scope
    .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    .withReceivables([invoice])
  res.json({ invoice: withReceivable })
}
