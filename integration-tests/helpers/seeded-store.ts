import type { MedusaContainer } from "@medusajs/framework/types"
import { seedPaymentTerms } from "../../src/scripts/seed/b2b"
import { seedSellerIdentity } from "../../src/scripts/seed/invoicing"
import { type SeededStore, seedStore } from "../../src/scripts/seed/store"
import { type Headers, loginAdmin } from "./admin"

export type SeededTestStore = {
  store: SeededStore
  terms: Record<string, string>
  admin: Headers
  /** Variant ids by SKU. */
  variants: Record<string, string>
}

/**
 * What an HTTP spec starts from: the demo store's catalogue, the standard
 * payment terms, the logged-in test admin and, for specs that issue
 * invoices, the seller identity.
 */
export async function seedTestStore(
  api: any,
  container: MedusaContainer,
  { sellerIdentity = false } = {}
): Promise<SeededTestStore> {
  const store = await seedStore(container)
  const terms = await seedPaymentTerms(container)
  if (sellerIdentity) await seedSellerIdentity(container)
  const admin = await loginAdmin(api, container)
  const { data } = await api.get("/admin/product-variants?fields=id,sku&limit=100", admin)
  const variants = Object.fromEntries(data.variants.map((v: { sku: string; id: string }) => [v.sku, v.id]))
  return { store, terms, admin, variants }
}
