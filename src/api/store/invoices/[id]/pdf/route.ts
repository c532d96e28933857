import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../admin/invoices/helpers"
import { retrieveStoreDocument } from "../../helpers"

/** GET /store/invoices/:id/pdf: the Factur-X PDF of one of the customer's documents. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendDocumentFile(req, res, await retrieveStoreDocument(req, req.params.id), "pdf")
}
