import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type { SellerIdentityInput } from "../../../../modules/invoicing/seller"
import type InvoicingModuleService from "../../../../modules/invoicing/service"

/**
 * The seller identity new invoices print: GET shows the merged identity,
 * what the settings page saved, what the plugin options give, and what is
 * missing; POST saves the settings page's fields.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    seller_identity: await req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE).sellerIdentity(),
  })
}

export async function POST(req: AuthenticatedMedusaRequest<SellerIdentityInput>, res: MedusaResponse) {
  const saved = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .saveSellerIdentity(req.validatedBody)
  res.json({ seller_identity: saved })
}
