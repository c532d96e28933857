import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../invoicing/documents"
import { retrieveIssued } from "../../helpers"

/** GET /admin/invoices/:id/xml?format=cii|ubl: the EN 16931 e-invoice (CII as in Factur-X, or UBL 2.1). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format } = req.validatedQuery as { format: "cii" | "ubl" }
  await sendDocumentFile(req, res, await retrieveIssued(req, req.params.id), format)
}
