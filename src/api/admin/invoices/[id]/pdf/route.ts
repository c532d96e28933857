import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../invoicing/documents"
import { retrieveIssued } from "../../helpers"

/** GET /admin/invoices/:id/pdf: the Factur-X PDF (PDF/A-3 with the CII XML inside). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendDocumentFile(req, res, await retrieveIssued(req, req.params.id), "pdf")
}
