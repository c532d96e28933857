import type { MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../invoicing/documents"
import type { StoreCustomerRequest } from "../../../buyer-context"
import { retrieveStoreDocument } from "../../helpers"

/** GET /store/invoices/:id/pdf: the Factur-X PDF of one of the customer's documents. */
export async function GET(req: StoreCustomerRequest, res: MedusaResponse) {
  await sendDocumentFile(req, res, await retrieveStoreDocument(req, req.params.id), "pdf")
}
