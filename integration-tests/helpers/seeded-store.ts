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

type SeedOptions = { sellerIdentity?: boolean }

/**
 * What an HTTP spec starts from: the demo store's catalogue, the standard
 * payment terms, the logged-in test admin and, for specs that issue
 * invoices, the seller identity.
 */
export async function seedTestStore(
  api: any,
  container: MedusaContainer,
  { sellerIdentity = false }: SeedOptions = {}
): Promise<SeededTestStore> {
  const store = await seedStore(container)
  const terms = await seedPaymentTerms(container)
  if (sellerIdentity) await seedSellerIdentity(container)
  const admin = await loginAdmin(api, container)
  const { data } = await api.get("/admin/product-variants?fields=id,sku&limit=100", admin)
  const variants = Object.fromEntries(data.variants.map((v: { sku: string; id: string }) => [v.sku, v.id]))
  return { store, terms, admin, variants }
}

/**
 * Registers `setUp` as a beforeAll of the spec. A failed request is rethrown
 * with the response body, which axios's own error ("Request failed with
 * status code 400") leaves out.
 */
export function setUpSuite(setUp: () => Promise<unknown>) {
  beforeAll(async () => {
    await setUp().catch((e) => {
      throw new Error(`set-up failed: ${JSON.stringify(e.response?.data ?? e.message)}`)
    })
  })
}

/**
 * Seeds the test store in a beforeAll it registers and returns its objects
 * at once, empty until that hook has run and filled them in place: a spec
 * can destructure them at its top, and its own later beforeAll hooks (jest
 * runs them in registration order) find the store seeded.
 */
export function useSeededStore(
  api: any,
  getContainer: () => MedusaContainer,
  options: SeedOptions = {}
): SeededTestStore {
  const seeded: SeededTestStore = {
    store: {} as SeededStore,
    terms: {},
    admin: { headers: {} },
    variants: {},
  }
  setUpSuite(async () => {
    const fresh = await seedTestStore(api, getContainer(), options)
    Object.assign(seeded.store, fresh.store)
    Object.assign(seeded.terms, fresh.terms)
    Object.assign(seeded.admin, fresh.admin)
    Object.assign(seeded.variants, fresh.variants)
  })
  return seeded
}
