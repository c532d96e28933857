/**
 * Cart completion latency through the store API, against a running server
 * (bench/run.sh starts one on its own database). Each sample times only
 * POST /store/carts/:id/complete; the cart is built and its payment session
 * created beforehand, as a storefront does before the buyer clicks "Order".
 *
 *   BENCH_URL=http://localhost:9100 BENCH_KEY=pk_... BENCH_REGION=reg_... ts-node bench/checkout-latency.ts
 */
import { performance } from "node:perf_hooks"
import axios from "axios"
import { buildCart } from "../integration-tests/helpers/checkout"
import { registerCustomer } from "../integration-tests/helpers/store"
import { summarize } from "./lib/stats"

const ORDERS = Number(process.env.BENCH_ORDERS ?? 60)
const WARMUP = 5

async function main() {
  const api = axios.create({ baseURL: process.env.BENCH_URL ?? "http://localhost:9100" })
  const publishableKey = process.env.BENCH_KEY!
  const regionId = process.env.BENCH_REGION!
  const buyer = await registerCustomer(api, publishableKey, { email: `bench-${Date.now()}@example.fr` })
  const { data } = await api.get("/store/products?fields=*variants&limit=100", buyer)
  const variants = data.products.flatMap((p: any) => p.variants)

  const samples: number[] = []
  for (let i = 0; i < WARMUP + ORDERS; i++) {
    const variant = variants[i % variants.length]
    const cart = await buildCart(api, buyer, { regionId, lines: [{ variant_id: variant.id, quantity: 1 }] })
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, buyer)
    await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      buyer
    )
    const start = performance.now()
    const { data: result } = await api.post(`/store/carts/${cart.id}/complete`, {}, buyer)
    const elapsed = performance.now() - start
    if (result.type !== "order") {
      throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(result.error)}`)
    }
    if (i >= WARMUP) samples.push(elapsed)
  }
  console.log(JSON.stringify({ bench: "checkout-latency", arm: "system provider, no company", ...summarize(samples) }))
}

main().catch((e) => {
  console.error(e.response?.data ?? e)
  process.exit(1)
})
