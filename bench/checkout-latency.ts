/**
 * Cart completion latency, two arms interleaved in one run so both see the
 * same server state: pay on account with the credit check (buyer of a
 * company), and Medusa's system provider for a customer without a company.
 * Each sample times only POST /store/carts/:id/complete.
 */
import { benchSession } from "./lib/session"
import { compareArms, ratio } from "./lib/stats"

const SAMPLES = Number(process.env.BENCH_ORDERS ?? 60)
const WARMUP = 5

async function main() {
  const { newBuyer, timedCheckout } = await benchSession()
  const { buyer: companyBuyer } = await newBuyer("onaccount")
  const { buyer: plainCustomer } = await newBuyer("plain", false)
  const [withCheck, baseline] = await compareArms(
    () => timedCheckout(companyBuyer, true),
    () => timedCheckout(plainCustomer, false),
    { samples: SAMPLES, warmup: WARMUP }
  )
  console.log(
    JSON.stringify({
      bench: "checkout-latency",
      on_account: withCheck,
      system_provider: baseline,
      ratio_p50: ratio(withCheck.p50_ms, baseline.p50_ms),
      ratio_p95: ratio(withCheck.p95_ms, baseline.p95_ms),
    })
  )
}

main().catch((e) => {
  console.error(e.response?.data ?? e)
  process.exit(1)
})
