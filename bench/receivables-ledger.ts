// bench: exec — run in-process by bench/run.sh (medusa exec), no HTTP server.
import { performance } from "node:perf_hooks"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { addDays } from "../src/lib/time"
import { COMPANY_MODULE } from "../src/modules/company"
import type CompanyModuleService from "../src/modules/company/service"
import { RECEIVABLES_MODULE } from "../src/modules/receivables"
import type ReceivablesModuleService from "../src/modules/receivables/service"
import { receivePaymentWorkflow } from "../src/workflows/receivables/payments"
import { summarize } from "./lib/stats"

/**
 * The receivables ledger at volume: 1,200,000 invoice debits over 10,000
 * companies, 200,000 of them paid in full by a payment each (so 1,000,000
 * open items and a non-empty allocation table), plus one company with 10,000
 * entries (invoices and payments over two years). Generated once per
 * database with set-based SQL; later runs on the same database reuse it.
 * Then: the overall aging and one company's aging as `GET
 * /admin/receivables/aging` computes them, the statement of the 10,000-entry
 * company over its two years, and 1,000 payments posted concurrently through
 * `receive-payment` (10 each for 100 real companies), checked afterwards in
 * SQL: nothing lost, nothing applied twice.
 */
const DEBITS = 1_200_000
const PAID_EVERY = 6 // every 6th debit is paid in full: 200,000 paid, 1,000,000 open
const COMPANIES = 10_000
const STATEMENT_COMPANY = "bench_comp_statement"
const STATEMENT_INVOICES = 5_500
const STATEMENT_PAYMENTS = 4_500
const AGING_SAMPLES = Number(process.env.BENCH_AGING_SAMPLES ?? 15)
const STATEMENT_SAMPLES = Number(process.env.BENCH_STATEMENT_SAMPLES ?? 10)
const PAYING_COMPANIES = 100
const PAYMENTS_PER_COMPANY = 10
const PAYMENT_AMOUNT = "50.00"
// How many receive-payment workflows run at once (0 = all 1,000 at once): more than Medusa's
// default pool of 10 connections can serve only queues for a connection.
const PAY_CONCURRENCY = Number(process.env.BENCH_PAY_CONCURRENCY ?? 20)

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }>
  transaction: <T>(fn: (trx: Knex) => Promise<T>) => Promise<T>
}

const log = (message: string) => console.error(`[receivables-ledger] ${message}`)
const seconds = (ms: number) => Math.round(ms / 10) / 100
const payingIds = Array.from({ length: PAYING_COMPANIES }, (_, i) => `bench_comp_${i + 1}`)
const PAYING_SQL = `(SELECT 'bench_comp_' || g FROM generate_series(1, ${PAYING_COMPANIES}) g)`

const money = (amount: string) => `jsonb_build_object('value', ${amount}::text, 'precision', 20)`
const ENTRY_COLUMNS = `(id, company_id, currency_code, type, side, amount, raw_amount, effective_date, due_date,
  document_type, document_id, document_number, source, idempotency_key, content_hash, created_by, metadata)`
const ALLOCATION_COLUMNS = `(id, company_id, currency_code, debit_entry_id, credit_entry_id, amount, raw_amount,
  effective_date, created_by)`
const PAYMENT_METADATA = `jsonb_build_object('method', 'bank_transfer', 'reference', null, 'requested', 'oldest_first')`

/** Loads the ledger in one transaction (all or nothing); false when an earlier run already did. */
async function generate(pg: Knex, asOf: string) {
  const { rows } = await pg.raw(
    "SELECT count(*)::int AS n FROM ledger_entry WHERE idempotency_key IN ('bench:inv:1', ?, ?)",
    [`bench:inv:${DEBITS}`, `bench:st:inv:${STATEMENT_INVOICES}`]
  )
  if (rows[0].n === 3) return false
  if (rows[0].n !== 0) throw new Error("partial bench data in the ledger: recreate the database")
  await pg.transaction(async (trx) => {
    await trx.raw("SELECT setseed(0.42)")
    await trx.raw(
      `CREATE TEMP TABLE bench_debit ON COMMIT DROP AS
       SELECT n, 'bench_comp_' || ((n - 1) % ${COMPANIES} + 1) AS company_id,
              round((10 + random() * 4990)::numeric, 2) AS amount,
              ?::date - (random() * 547)::int AS eff,
              10 + (random() * 30)::int AS pay_lag
         FROM generate_series(1, ${DEBITS}) n`,
      [asOf]
    )
    await trx.raw(
      `INSERT INTO ledger_entry ${ENTRY_COLUMNS}
       SELECT 'lent_bench_' || n, company_id, 'eur', 'invoice', 'debit', amount, ${money("amount")},
              to_char(eff, 'YYYY-MM-DD'), to_char(eff + 30, 'YYYY-MM-DD'),
              'invoice', 'inv_bench_' || n, 'BENCH-' || lpad(n::text, 7, '0'), 'order',
              'bench:inv:' || n, md5('bench:inv:' || n), 'bench', NULL
         FROM bench_debit`
    )
    await trx.raw(
      `INSERT INTO ledger_entry ${ENTRY_COLUMNS}
       SELECT 'lent_benchpay_' || n, company_id, 'eur', 'payment', 'credit', amount, ${money("amount")},
              to_char(least(eff + pay_lag, ?::date), 'YYYY-MM-DD'), NULL, NULL, NULL, NULL, 'bank_statement',
              'bench:pay:' || n, md5('bench:pay:' || n), 'bench', ${PAYMENT_METADATA}
         FROM bench_debit WHERE n % ${PAID_EVERY} = 0`,
      [asOf]
    )
    await trx.raw(
      `INSERT INTO ledger_allocation ${ALLOCATION_COLUMNS}
       SELECT 'lalo_bench_' || n, company_id, 'eur', 'lent_bench_' || n, 'lent_benchpay_' || n, amount,
              ${money("amount")}, to_char(least(eff + pay_lag, ?::date), 'YYYY-MM-DD'), 'bench'
         FROM bench_debit WHERE n % ${PAID_EVERY} = 0`,
      [asOf]
    )
    // The statement company: invoices over two years, the first 4,500 paid in full 10 to 60 days later.
    await trx.raw(
      `CREATE TEMP TABLE bench_statement ON COMMIT DROP AS
       SELECT k, round((10 + random() * 4990)::numeric, 2) AS amount,
              ?::date - (random() * 730)::int AS eff, 10 + (random() * 50)::int AS pay_lag
         FROM generate_series(1, ${STATEMENT_INVOICES}) k`,
      [asOf]
    )
    await trx.raw(
      `INSERT INTO ledger_entry ${ENTRY_COLUMNS}
       SELECT 'lent_benchst_' || k, ?, 'eur', 'invoice', 'debit', amount, ${money("amount")},
              to_char(eff, 'YYYY-MM-DD'), to_char(eff + 30, 'YYYY-MM-DD'),
              'invoice', 'inv_benchst_' || k, 'BENCH-ST-' || lpad(k::text, 5, '0'), 'order',
              'bench:st:inv:' || k, md5('bench:st:inv:' || k), 'bench', NULL
         FROM bench_statement`,
      [STATEMENT_COMPANY]
    )
    await trx.raw(
      `INSERT INTO ledger_entry ${ENTRY_COLUMNS}
       SELECT 'lent_benchstpay_' || k, ?, 'eur', 'payment', 'credit', amount, ${money("amount")},
              to_char(least(eff + pay_lag, ?::date), 'YYYY-MM-DD'), NULL, NULL, NULL, NULL, 'bank_statement',
              'bench:st:pay:' || k, md5('bench:st:pay:' || k), 'bench', ${PAYMENT_METADATA}
         FROM bench_statement WHERE k <= ${STATEMENT_PAYMENTS}`,
      [STATEMENT_COMPANY, asOf]
    )
    await trx.raw(
      `INSERT INTO ledger_allocation ${ALLOCATION_COLUMNS}
       SELECT 'lalo_benchst_' || k, ?, 'eur', 'lent_benchst_' || k, 'lent_benchstpay_' || k, amount,
              ${money("amount")}, to_char(least(eff + pay_lag, ?::date), 'YYYY-MM-DD'), 'bench'
         FROM bench_statement WHERE k <= ${STATEMENT_PAYMENTS}`,
      [STATEMENT_COMPANY, asOf]
    )
  })
  await pg.raw("ANALYZE ledger_entry")
  await pg.raw("ANALYZE ledger_allocation")
  return true
}

/** The 100 paying companies must exist: the workflow copies each account's balance to its company. */
async function ensurePayingCompanies(container: MedusaContainer) {
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const existing = new Set(
    (await companies.listCompanies({ id: payingIds }, { select: ["id"] })).map((c) => c.id)
  )
  const missing = payingIds.filter((id) => !existing.has(id))
  if (missing.length) {
    await companies.createCompanies(
      missing.map((id) => ({
        id,
        name: `Bench ${id}`,
        legal_name: `Bench ${id} SAS`,
        billing_email: `${id}@bench.invalid`,
        currency_code: "eur",
      })) as any
    )
  }
}

async function timed(samples: number, fn: () => Promise<unknown>) {
  await fn() // warm-up
  const durations: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = performance.now()
    await fn()
    durations.push(performance.now() - t)
  }
  return summarize(durations)
}

/** Open amount per paying company, from all its debits and allocations. */
async function openPerCompany(pg: Knex) {
  const { rows } = await pg.raw(
    `SELECT e.company_id, SUM(e.amount - COALESCE(a.allocated, 0))::text AS open
       FROM ledger_entry e
       LEFT JOIN (SELECT debit_entry_id, SUM(amount) AS allocated FROM ledger_allocation
                   WHERE company_id IN ${PAYING_SQL} AND deleted_at IS NULL GROUP BY 1) a
         ON a.debit_entry_id = e.id
      WHERE e.company_id IN ${PAYING_SQL} AND e.currency_code = 'eur' AND e.side = 'debit' AND e.deleted_at IS NULL
      GROUP BY 1`
  )
  return new Map<string, string>(rows.map((r) => [r.company_id, r.open]))
}

async function postPayments(container: MedusaContainer, pg: Knex, asOf: string) {
  const tag = `${Date.now().toString(36)}${process.pid.toString(36)}`
  const openBefore = await openPerCompany(pg)
  // Company-interleaved order: consecutive postings hit different accounts.
  const jobs: Array<{ company_id: string; key: string }> = []
  for (let i = 0; i < PAYMENTS_PER_COMPANY; i++) {
    for (const company_id of payingIds)
      jobs.push({ company_id, key: `bench:payrun:${tag}:${company_id}:${i}` })
  }
  const postedIds: string[] = []
  const errors: string[] = []
  const post = async (job: { company_id: string; key: string }) => {
    try {
      const { result } = await receivePaymentWorkflow(container).run({
        input: {
          company_id: job.company_id,
          currency_code: "eur",
          amount: PAYMENT_AMOUNT,
          received_on: asOf,
          method: "bank_transfer",
          reference: job.key,
          source: "bank_statement",
          idempotency_key: job.key,
          created_by: "bench",
        },
      })
      postedIds.push(result.payment.id)
    } catch (e) {
      errors.push((e as Error).message)
    }
  }
  const concurrency = PAY_CONCURRENCY > 0 ? PAY_CONCURRENCY : jobs.length
  const start = performance.now()
  const queue = [...jobs]
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await post(job)
    })
  )
  const wall = performance.now() - start
  if (errors.length) log(`${errors.length} payments failed, first: ${errors[0]}`)

  // Checks, in SQL, on what the ledger holds afterwards.
  const like = `bench:payrun:${tag}:%`
  const [posted] = (
    await pg.raw(
      `SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM ledger_entry
        WHERE company_id IN ${PAYING_SQL} AND type = 'payment' AND idempotency_key LIKE ?`,
      [like]
    )
  ).rows
  const [perPayment] = (
    await pg.raw(
      `SELECT count(*) FILTER (WHERE allocated > amount OR allocated < 0)::int AS over,
              count(*) FILTER (WHERE allocated < amount)::int AS partly
         FROM (SELECT p.id, p.amount, COALESCE(SUM(a.amount), 0) AS allocated
                 FROM ledger_entry p LEFT JOIN ledger_allocation a ON a.credit_entry_id = p.id AND a.deleted_at IS NULL
                WHERE p.company_id IN ${PAYING_SQL} AND p.type = 'payment' AND p.idempotency_key LIKE ?
                GROUP BY p.id, p.amount) x`,
      [like]
    )
  ).rows
  // Every debit of the whole ledger: never allocated more than its amount.
  const [overpaid] = (
    await pg.raw(
      `SELECT count(*)::int AS n FROM (
         SELECT d.id FROM ledger_entry d JOIN ledger_allocation a ON a.debit_entry_id = d.id AND a.deleted_at IS NULL
          WHERE d.side = 'debit' GROUP BY d.id, d.amount HAVING SUM(a.amount) > d.amount OR SUM(a.amount) < 0) x`
    )
  ).rows
  const allocatedRows = (
    await pg.raw(
      `SELECT p.company_id, COALESCE(SUM(a.amount), 0)::text AS allocated
         FROM ledger_entry p LEFT JOIN ledger_allocation a ON a.credit_entry_id = p.id AND a.deleted_at IS NULL
        WHERE p.company_id IN ${PAYING_SQL} AND p.type = 'payment' AND p.idempotency_key LIKE ?
        GROUP BY 1`,
      [like]
    )
  ).rows
  const allocated = new Map<string, string>(allocatedRows.map((r) => [r.company_id, r.allocated]))
  const cash = MathBN.mult(PAYMENT_AMOUNT, PAYMENTS_PER_COMPANY)
  let expectedTotal = MathBN.convert(0)
  let actualTotal = MathBN.convert(0)
  let companiesMatching = 0
  let cashBound = 0
  for (const id of payingIds) {
    const open = openBefore.get(id) ?? "0"
    const expected = MathBN.min(cash, MathBN.max(open, 0))
    if (MathBN.lt(open, cash)) cashBound++
    const actual = allocated.get(id) ?? "0"
    if (MathBN.eq(expected, actual)) companiesMatching++
    expectedTotal = MathBN.add(expectedTotal, expected)
    actualTotal = MathBN.add(actualTotal, actual)
  }
  // The company's copy of its balance (what the credit check reads) caught up with the ledger.
  const [exposure] = (
    await pg.raw(
      `SELECT count(*)::int AS stale FROM company c
        WHERE c.id IN ${PAYING_SQL}
          AND c.receivables_exposure IS DISTINCT FROM (
            SELECT SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END) FROM ledger_entry
             WHERE company_id = c.id AND currency_code = 'eur' AND deleted_at IS NULL)`
    )
  ).rows
  const payments = jobs.length
  return {
    payments,
    payments_concurrency: concurrency,
    payments_wall_s: seconds(wall),
    payments_per_s: Math.round((payments / (wall / 1000)) * 10) / 10,
    payments_failed: errors.length,
    payments_checks: {
      all_workflows_succeeded: errors.length === 0 && postedIds.length === payments,
      exactly_1000_new_payment_entries: posted.n === payments && posted.ids === payments,
      no_payment_over_allocated: perPayment.over === 0,
      no_debit_over_allocated: overpaid.n === 0,
      allocated_equals_min_cash_open_per_company: companiesMatching === PAYING_COMPANIES,
      allocated_equals_min_cash_open_total: MathBN.eq(expectedTotal, actualTotal),
      company_exposure_synced: exposure.stale === 0,
    },
    payments_allocated_total: actualTotal.toFixed(),
    payments_expected_total: expectedTotal.toFixed(),
    payments_partly_unallocated: perPayment.partly,
    companies_where_open_below_cash: cashBound,
  }
}

export default async function receivablesLedger({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
  const asOf = receivables.today()

  let start = performance.now()
  const loaded = await generate(pg, asOf)
  const loadMs = performance.now() - start
  log(loaded ? `generated in ${seconds(loadMs)} s` : "bench data already present: reused")
  await ensurePayingCompanies(container)

  const [counts] = (
    await pg.raw(
      `SELECT (SELECT count(*) FROM ledger_entry)::int AS entries,
              (SELECT count(*) FROM ledger_allocation)::int AS allocations,
              (SELECT count(DISTINCT company_id) FROM ledger_entry WHERE company_id ~ '^bench_comp_[0-9]+$')::int AS companies`
    )
  ).rows
  const [open] = (
    await pg.raw(
      `SELECT count(*)::int AS n FROM ledger_entry e
         LEFT JOIN (SELECT debit_entry_id, SUM(amount) AS allocated FROM ledger_allocation
                     WHERE deleted_at IS NULL GROUP BY 1) a ON a.debit_entry_id = e.id
        WHERE e.side = 'debit' AND e.deleted_at IS NULL AND e.amount > COALESCE(a.allocated, 0)`
    )
  ).rows

  log("overall aging")
  const agingAll = await timed(AGING_SAMPLES, () => receivables.agingReport({ as_of: asOf }, "eur"))
  log("one company's aging")
  const agingCompany = await timed(AGING_SAMPLES, () =>
    receivables.agingReport({ as_of: asOf, company_id: "bench_comp_42" }, "eur")
  )
  log("statement")
  const filter = { company_id: STATEMENT_COMPANY, currency_code: "eur", from: addDays(asOf, -731), to: asOf }
  const statement = await receivables.statement(filter)
  const statementTimes = await timed(STATEMENT_SAMPLES, () => receivables.statement(filter))

  log("payments")
  start = performance.now()
  const payments = await postPayments(container, pg, asOf)
  log(`payments done in ${seconds(performance.now() - start)} s (with checks)`)

  console.log(
    JSON.stringify({
      bench: "receivables-ledger",
      as_of: asOf,
      ledger_entries: counts.entries,
      ledger_allocations: counts.allocations,
      open_items: open.n,
      companies: counts.companies,
      loaded,
      load_s: loaded ? seconds(loadMs) : null,
      aging_all_p50_ms: agingAll.p50_ms,
      aging_all_p95_ms: agingAll.p95_ms,
      aging_company_p50_ms: agingCompany.p50_ms,
      aging_company_p95_ms: agingCompany.p95_ms,
      statement_entries: statement.movements.length,
      statement_open_items: statement.open_items.length,
      statement_p50_ms: statementTimes.p50_ms,
      statement_p95_ms: statementTimes.p95_ms,
      aging_all: agingAll,
      aging_company: agingCompany,
      statement: statementTimes,
      ...payments,
    })
  )
}
