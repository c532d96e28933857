import { MedusaError } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import type { StoreCustomerRequest } from "../buyer-context"

/**
 * Which documents a logged-in customer may see: a company admin, all of the
 * company's; a buyer, or a customer buying for no company, those of their
 * own orders. Never another company's.
 */
export function storeDocumentScope(req: StoreCustomerRequest): Record<string, unknown> {
  const customerId = req.auth_context.actor_id
  const { buyer } = req
  if (buyer?.role === "admin") {
    return { company_id: buyer.company_id }
  }
  return buyer
    ? { company_id: buyer.company_id, customer_id: customerId }
    : { company_id: null, customer_id: customerId }
}

/** An issued document the customer may see, or 404 (as if it did not exist). */
export async function retrieveStoreDocument(req: StoreCustomerRequest, id: string) {
  const [invoice] = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoices({ id, status: { $ne: "draft" }, ...storeDocumentScope(req) })
  if (!invoice) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
  }
  return invoice
}
