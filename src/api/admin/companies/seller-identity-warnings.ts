import type { MedusaContainer } from "@medusajs/framework/types"
import { identifiersSharedWithSeller } from "../../../lib/identifiers"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"

/**
 * Warnings, not refusals, when a company carries the seller's own VAT number
 * or SIREN: usually a copy-paste, but a group selling to its own entity is
 * legitimate, so the admin is told and decides.
 */
export async function sellerIdentityWarnings(
  scope: MedusaContainer,
  company: { vat_number?: string | null; registration_id?: string | null }
): Promise<string[]> {
  const { identity, saved, from_options } = await scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .sellerIdentity()
  // An incomplete identity still has the numbers it has: compare with those.
  const seller = identity ?? {
    vat_id: saved.vat_id ?? from_options.vat_id,
    registration_id: saved.registration_id ?? from_options.registration_id,
  }
  return identifiersSharedWithSeller(company, seller)
}
