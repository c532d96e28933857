import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

/**
 * Which documents a logged-in customer may see: a company admin, all of the
 * company's; a buyer, or a customer buying for no company, those of their
 * own orders. Never another company's.
 */
export async function storeDocumentScope(req: AuthenticatedMedusaRequest): Promise<Record<string, unknown>> {
  const customerId = req.auth_context.actor_id
  const buyer = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).buyerAccount(customerId)
  if (buyer?.role === "admin") {
    return { company_id: buyer.company_id }
  }
  return buyer ? { company_id: buyer.company_id, customer_id: customerId } : { company_id: null, customer_id: customerId }
}

/** An issued document the customer may see, or 404 (as if it did not exist). */
export async function retrieveStoreDocument(req: AuthenticatedMedusaRequest, id: string) {
  const [invoice] = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoices({ id, status: { $ne: "draft" }, ...(await storeDocumentScope(req)) })
  if (!invoice) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
  }
  return invoice
}
