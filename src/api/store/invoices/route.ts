import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoiceFilters, listDocuments, STORE_INVOICE_LIST_FIELDS } from "../../admin/invoices/helpers"
import type { AdminListInvoicesParamsType } from "../../admin/invoices/validators"
import { storeDocumentScope } from "./helpers"

/** GET /store/invoices?kind=invoice|credit_note: the documents the logged-in customer may see, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { kind = "invoice", ...params } = req.validatedQuery as Partial<AdminListInvoicesParamsType> & {
    kind?: "invoice" | "credit_note"
  }
  const filters = { ...invoiceFilters(params, kind), ...(await storeDocumentScope(req)) }
  res.json(
    await listDocuments(
      req.scope,
      filters,
      kind === "invoice" ? "invoices" : "credit_notes",
      params,
      STORE_INVOICE_LIST_FIELDS
    )
  )
}
