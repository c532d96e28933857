/**
 * The credit check's cost against a company's history: one company with 10
 * past on-account orders, one with 100,000 (generated as the invoiced
 * commitments such orders leave behind), both checked out on account,
 * interleaved. A check that scanned history would grow with it.
 */
import { Client } from "pg"
import { benchSession } from "./lib/session"
import { compareArms, ratio } from "./lib/stats"

const SAMPLES = Number(process.env.BENCH_ORDERS ?? 40)
const WARMUP = 5

async function addHistory(companyId: string, orders: number) {
  const db = new Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    await db.query(
      `INSERT INTO credit_commitment (id, cart_id, order_id, amount, raw_amount, currency_code, status, company_id, created_at, updated_at)
       SELECT 'ccom_bench_' || $1 || '_' || n, 'cart_bench_' || $1 || '_' || n, 'order_bench_' || $1 || '_' || n,
              100 + n % 900, jsonb_build_object('value', (100 + n % 900)::text, 'precision', 20), 'eur', 'invoiced', $1,
              now() - (n || ' minutes')::interval, now()
         FROM generate_series(1, $2) AS n`,
      [companyId, orders]
    )
    await db.query("ANALYZE credit_commitment")
  } finally {
    await db.end()
  }
}

async function main() {
  const { newBuyer, timedCheckout } = await benchSession()
  const small = await newBuyer("history10")
  const large = await newBuyer("history100k")
  await addHistory(small.companyId!, 10)
  await addHistory(large.companyId!, 100_000)
  const [ten, many] = await compareArms(
    () => timedCheckout(small.buyer, true),
    () => timedCheckout(large.buyer, true),
    { samples: SAMPLES, warmup: WARMUP }
  )
  console.log(
    JSON.stringify({
      bench: "credit-check-history",
      past_orders_10: ten,
      past_orders_100000: many,
      ratio_p50: ratio(many.p50_ms, ten.p50_ms),
    })
  )
}

main().catch((e) => {
  console.error(e.response?.data ?? e)
  process.exit(1)
})
