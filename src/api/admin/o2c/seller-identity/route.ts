import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import { type SellerIdentityInput, SellerIdentityOptionsSchema } from "../../../../modules/invoicing/seller"
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
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  // A field saved before identifiers were checked (a SIREN failing its
  // check digit) would fail the save of any other field: say which, as a 400.
  const { saved } = await invoicing.sellerIdentity()
  const merged = SellerIdentityOptionsSchema.safeParse({ ...saved, ...req.validatedBody })
  if (!merged.success) {
    const problems = merged.error.issues.map((issue) => issue.message).join("; ")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The saved seller identity needs correcting: ${problems}`
    )
  }
  res.json({ seller_identity: await invoicing.saveSellerIdentity(req.validatedBody) })
}
