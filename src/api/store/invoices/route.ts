import type { MedusaResponse } from "@medusajs/framework/http"
import { invoiceFilters, listDocuments, STORE_INVOICE_LIST_FIELDS } from "../../invoicing/documents"
import type { StoreCustomerRequest } from "../buyer-context"
import { storeDocumentScope } from "./helpers"
import type { StoreListInvoicesParamsType } from "./validators"

/** GET /store/invoices?kind=invoice|credit_note: the documents the logged-in customer may see, newest first. */
export async function GET(
  req: StoreCustomerRequest<unknown, StoreListInvoicesParamsType>,
  res: MedusaResponse
) {
  const { kind, ...params } = req.validatedQuery
  const filters = { ...invoiceFilters(params, kind), ...storeDocumentScope(req) }
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
