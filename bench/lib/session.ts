import { performance } from "node:perf_hooks"
import axios from "axios"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { DEMO_ADMIN } from "../../src/scripts/seed"
import { buildCart, choosePayment } from "../../integration-tests/helpers/checkout"
import { registerCustomer } from "../../integration-tests/helpers/store"
import type { Headers } from "../../integration-tests/helpers/admin"

/** A bench session against the server bench/run.sh started: API client, admin headers, a variant to buy. */
export async function benchSession() {
  const api = axios.create({ baseURL: process.env.BENCH_URL ?? "http://localhost:9100" })
  const publishableKey = process.env.BENCH_KEY!
  const regionId = process.env.BENCH_REGION!
  const { data: login } = await api.post("/auth/user/emailpass", DEMO_ADMIN)
  const admin: Headers = { headers: { authorization: `Bearer ${login.token}` } }
  const { data } = await api.get("/admin/product-variants?sku=CONS-CT-200&fields=id", admin)
  const variantId: string = data.variants[0].id
  const run = `${Date.now()}`

  /** A buyer of a new company with ample credit (or a customer without company when `company` is false). */
  async function newBuyer(label: string, company = true) {
    const buyer = await registerCustomer(api, publishableKey, { email: `${label}-${run}@bench.example` })
    if (!company) return { buyer, companyId: null as string | null }
    const { data: created } = await api.post(
      "/admin/companies",
      { name: `${label} ${run}`, legal_name: `${label} ${run} SAS`, billing_email: `ap-${run}@bench.example`, currency_code: "eur", credit_limit: 100_000_000 },
      admin
    )
    await api.post(`/admin/companies/${created.company.id}/buyers`, { customer_id: buyer.customer.id }, admin)
    return { buyer, companyId: created.company.id as string }
  }

  /** Builds a one-line cart and its payment session, then times only the completion. */
  async function timedCheckout(buyer: Headers, onAccount: boolean): Promise<number> {
    const cart = await buildCart(api, buyer, { regionId, lines: [{ variant_id: variantId, quantity: 1 }] })
    await choosePayment(api, buyer, cart.id, onAccount ? ON_ACCOUNT_PROVIDER_ID : "pp_system_default")
    const start = performance.now()
    const { data: result } = await api.post(`/store/carts/${cart.id}/complete`, {}, buyer)
    const elapsed = performance.now() - start
    if (result.type !== "order") {
      throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(result.error)}`)
    }
    return elapsed
  }

  return { api, admin, newBuyer, timedCheckout }
}
