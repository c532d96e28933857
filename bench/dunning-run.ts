// bench: exec — run in-process by bench/run.sh (medusa exec), no HTTP server.
// bench-env: O2C_DUNNING_SEND=off
import { readFileSync, writeFileSync } from "node:fs"
import { Session } from "node:inspector"
import { loadavg } from "node:os"
import { PerformanceObserver, performance } from "node:perf_hooks"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addDays, type CalendarDate } from "../src/lib/time"
import { COMPANY_MODULE } from "../src/modules/company"
import { DUNNING_MODULE } from "../src/modules/dunning"
import { halfYearOf, nextHalfYear } from "../src/modules/dunning/interest"
import type DunningModuleService from "../src/modules/dunning/service"
import { RECEIVABLES_MODULE } from "../src/modules/receivables"
import { runDunningWorkflow } from "../src/workflows/dunning/run-dunning"

/**
 * A dunning run at volume (issue 13): 10,000 companies with 100,000 overdue
 * invoices, 1 to 120 days late as of a fixed day, a fifth of them partly
 * paid, 50 companies holding unallocated cash that covers what they owe.
 * Generated once per database with set-based SQL, with a dunning history
 * (the baseline): each invoice was reminded up to the level before the one
 * it is due for (a tenth never reminded), so the run escalates every level
 * of the French policy at once (+7, +21 with the indemnity, +45 with
 * interest and a hold) — from no history at all, levels go up one at a time
 * and a single run would only ever send the +7 reminder.
 *
 * Measured, each from the same state (what the measured runs wrote removed,
 * their holds lifted): (1) a full `runDunningWorkflow` as of the fixed day,
 * wall time, counts and the process's RSS (sampled every 100 ms, and the
 * kernel's high-water mark); goal ≤ 60 s; (2) the same day run again: goal
 * ≤ 10 s and nothing new. Reminders stay queued: O2C_DUNNING_SEND=off (the
 * bench-env line above, exported by bench/run.sh; medusa-config is read
 * before this file is loaded, so setting it here would be too late).
 *
 * The phases of the full run are timed from outside src/: the module
 * services' methods the workflow calls are wrapped on their instances, and
 * every SQL statement is timed through the shared Knex connection's events.
 * BENCH_PROFILE=1 adds a CPU profile of the full run (top functions by self
 * time, written to /tmp/dunning-run.cpuprofile).
 */
const AS_OF: CalendarDate = process.env.BENCH_DUNNING_AS_OF ?? "2026-11-30"
const COMPANIES = Number(process.env.BENCH_DUNNING_COMPANIES ?? 10_000)
const INVOICES = Number(process.env.BENCH_DUNNING_INVOICES ?? 100_000)
const MAX_DAYS_LATE = 120
const PARTLY_PAID_EVERY = 5 // every 5th invoice partly paid (20 % to 80 %) by an allocated payment
const CASH_EVERY = 200 // every 200th company holds unallocated cash covering what it owes
const NEVER_REMINDED = 0.1 // share of invoices without any reminder in the baseline history
const PREFIX = "bdun"
const RUN_ACTOR = "bench:dunning-run"
const BASELINE_RUN = `drun_${PREFIX}_baseline`
const DUNNING_ACTOR = "system:dunning"
const GOAL_FULL_S = 60
const GOAL_RERUN_S = 10
const PROFILE = process.env.BENCH_PROFILE === "1"

/**
 * BENCH FIGURES, NOT PUBLISHED RATES: the seed's rates table stops at the
 * 2026-01-01 half-year and interest running into a half-year without rates
 * is not claimed. So that the run computes interest, the bench adds each
 * missing half-year up to the run's day with these test figures (the
 * 2026-01-01 half-year's, carried over); they are only ever written to the
 * bench database.
 */
const BENCH_RATES = { ecb_refinancing_rate: "2.15", legal_interest_rate: "2.62" }

type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }>
  transaction: <T>(fn: (trx: Knex) => Promise<T>) => Promise<T>
  on: (event: string, fn: (...args: any[]) => void) => unknown
  removeListener: (event: string, fn: (...args: any[]) => void) => unknown
}

const log = (message: string) => console.error(`[dunning-run] ${message}`)
const seconds = (ms: number) => Math.round(ms / 10) / 100
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
const money = (amount: string) => `jsonb_build_object('value', (${amount})::text, 'precision', 20)`
const ENTRY_COLUMNS = `(id, company_id, currency_code, type, side, amount, raw_amount, effective_date, due_date,
  document_type, document_id, document_number, source, idempotency_key, content_hash, created_by, metadata)`
const ALLOCATION_COLUMNS = `(id, company_id, currency_code, debit_entry_id, credit_entry_id, amount, raw_amount,
  effective_date, created_by)`
const PAYMENT_METADATA = `jsonb_build_object('method', 'bank_transfer', 'reference', null, 'requested', 'oldest_first')`
const BENCH_COMPANY = `'${PREFIX}\\_comp\\_%'`

type Ladder = Array<{ level: number; name: string; offset_days: number }>

/** The default policy must be the seed's French ladder: the baseline history is written for it. */
async function frenchLadder(dunning: DunningModuleService) {
  const { ladders, default_policy_id } = await dunning.ladders()
  const levels = (default_policy_id ? ladders.get(default_policy_id) : null) ?? []
  const offsets = levels.map((l) => l.offset_days).join(",")
  if (offsets !== "-3,7,21,45") {
    throw new Error(`the default policy is not the seed's French ladder (offsets ${offsets}): seed the demo first`)
  }
  return {
    policy_id: default_policy_id as string,
    levels: levels.map((l) => ({ level: l.level, name: l.name, offset_days: l.offset_days })) as Ladder,
  }
}

/** Adds the half-years missing from the rates table up to the run's day, with the bench figures above. */
async function addBenchRates(dunning: DunningModuleService) {
  const known = new Set((await dunning.halfYearRates()).map((r) => r.starts_on))
  const missing: string[] = []
  for (let half = halfYearOf(addDays(AS_OF, -MAX_DAYS_LATE)); half <= AS_OF; half = nextHalfYear(half)) {
    if (!known.has(half)) missing.push(half)
  }
  if (missing.length) {
    await dunning.createLateInterestRates(missing.map((starts_on) => ({ starts_on, ...BENCH_RATES })))
    log(`added BENCH rate figures (not published rates) for ${missing.join(", ")}: ${JSON.stringify(BENCH_RATES)}`)
  }
  return missing
}

/** Companies, the ledger and the baseline dunning history, in one transaction; false when already there. */
async function generate(pg: Knex, ladder: Awaited<ReturnType<typeof frenchLadder>>) {
  const { rows } = await pg.raw(
    "SELECT count(*)::int AS n FROM ledger_entry WHERE idempotency_key IN (?, ?)",
    [`bench:${PREFIX}:inv:1`, `bench:${PREFIX}:inv:${INVOICES}`]
  )
  if (rows[0].n === 2) return false
  if (rows[0].n !== 0) throw new Error("partial bench data in the ledger: recreate the database")
  const offset = (level: number) => ladder.levels.find((l) => l.level === level)!.offset_days
  const name = (level: number) => ladder.levels.find((l) => l.level === level)!.name
  await pg.transaction(async (trx) => {
    await trx.raw("SELECT setseed(0.13)")
    // Companies as the company module writes them: distinct names and e-mails, EUR, French or English letters.
    await trx.raw(
      `INSERT INTO company (id, name, legal_name, billing_email, currency_code, language, status)
       SELECT '${PREFIX}_comp_' || g,
              'Bench Dunning ' || lpad(g::text, 5, '0'),
              'Bench Dunning ' || lpad(g::text, 5, '0') || CASE WHEN g % 3 = 0 THEN ' Ltd' ELSE ' SAS' END,
              'accounts+' || g || '@${PREFIX}.invalid', 'eur',
              CASE WHEN g % 3 = 0 THEN 'en' ELSE 'fr' END, 'active'
         FROM generate_series(1, ${COMPANIES}) g`
    )
    // Invoices: 10 a company, due 1 to 120 days before the run's day (30-day terms).
    await trx.raw(
      `CREATE TEMP TABLE bdun_inv ON COMMIT DROP AS
       SELECT n, '${PREFIX}_comp_' || ((n - 1) % ${COMPANIES} + 1) AS company_id,
              round((50 + random() * 4950)::numeric, 2) AS amount,
              1 + floor(random() * ${MAX_DAYS_LATE})::int AS days_late,
              random() AS r_hist, random() AS r_paid, random() AS r_day
         FROM generate_series(1, ${INVOICES}) n`
    )
    await trx.raw(
      `ALTER TABLE bdun_inv ADD COLUMN due date, ADD COLUMN eff date, ADD COLUMN paid numeric, ADD COLUMN paid_on date`
    )
    await trx.raw(
      `UPDATE bdun_inv SET due = ?::date - days_late, eff = ?::date - days_late - 30,
              paid = CASE WHEN n % ${PARTLY_PAID_EVERY} = 0 THEN round((amount * (0.2 + r_paid * 0.6))::numeric, 2) END`,
      [AS_OF, AS_OF]
    )
    // A partial payment any day from the invoice's date to the day before the run (before or after the due date).
    await trx.raw(`UPDATE bdun_inv SET paid_on = eff + floor(r_day * (?::date - eff))::int WHERE paid IS NOT NULL`, [
      AS_OF,
    ])
    await trx.raw(
      `INSERT INTO ledger_entry ${ENTRY_COLUMNS}
       SELECT 'lent_${PREFIX}_' || n, company_id, 'eur', 'invoice', 'debit', amount, ${money("amount")},
              to_char(eff, 'YYYY-MM-DD'), to_char(due, 'YYYY-MM-DD'),
              'invoice', 'inv_${PREFIX}_' || n, 'BDUN-' || lpad(n::text, 7, '0'), 'order',
              'bench:${PREFIX}:inv:' || n, md5('bench:${PREFIX}:inv:' || n), 'bench', NULL
         FROM bdun_inv`
    )
    await trx.raw(
      `INSERT INTO ledger_entry ${ENTRY_COLUMNS}
       SELECT 'lent_${PREFIX}pay_' || n, company_id, 'eur', 'payment', 'credit', paid, ${money("paid")},
              to_char(paid_on, 'YYYY-MM-DD'), NULL, NULL, NULL, NULL, 'bank_statement',
              'bench:${PREFIX}:pay:' || n, md5('bench:${PREFIX}:pay:' || n), 'bench', ${PAYMENT_METADATA}
         FROM bdun_inv WHERE paid IS NOT NULL`
    )
    await trx.raw(
      `INSERT INTO ledger_allocation ${ALLOCATION_COLUMNS}
       SELECT 'lalo_${PREFIX}_' || n, company_id, 'eur', 'lent_${PREFIX}_' || n, 'lent_${PREFIX}pay_' || n, paid,
              ${money("paid")}, to_char(paid_on, 'YYYY-MM-DD'), 'bench'
         FROM bdun_inv WHERE paid IS NOT NULL`
    )
    // Cash received two days before the run and not matched yet, covering all the company owes.
    await trx.raw(
      `INSERT INTO ledger_entry ${ENTRY_COLUMNS}
       SELECT 'lent_${PREFIX}cash_' || c.g, c.company_id, 'eur', 'payment', 'credit', c.cash, ${money("c.cash")},
              to_char(?::date - 2, 'YYYY-MM-DD'), NULL, NULL, NULL, NULL, 'bank_statement',
              'bench:${PREFIX}:cash:' || c.g, md5('bench:${PREFIX}:cash:' || c.g), 'bench', ${PAYMENT_METADATA}
         FROM (SELECT (n - 1) % ${COMPANIES} + 1 AS g, company_id,
                      SUM(amount - COALESCE(paid, 0)) + round((random() * 100)::numeric, 2) AS cash
                 FROM bdun_inv WHERE ((n - 1) % ${COMPANIES} + 1) % ${CASH_EVERY} = 0 GROUP BY 1, 2) c`,
      [AS_OF]
    )
    // The company's copy of its ledger balance, as the receivables module keeps it.
    await trx.raw(
      `UPDATE company c SET receivables_exposure = x.balance, raw_receivables_exposure = ${money("x.balance")},
              receivables_entries = x.entries
         FROM (SELECT company_id, SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END) AS balance,
                      count(*)::int AS entries
                 FROM ledger_entry WHERE company_id LIKE ${BENCH_COMPANY} GROUP BY 1) x
        WHERE c.id = x.company_id`
    )

    // The baseline history: each invoice reminded up to the level before the one it is due for
    // (a tenth never), each level on the day it fell due, the indemnity claimed with the +21 reminder.
    await trx.raw(
      `CREATE TEMP TABLE bdun_hist ON COMMIT DROP AS
       SELECT i.n, i.company_id, i.amount, i.due, k AS level
         FROM bdun_inv i,
              LATERAL generate_series(1,
                CASE WHEN i.r_hist < ${NEVER_REMINDED} THEN 0
                     WHEN i.days_late >= ${offset(4)} THEN 3
                     WHEN i.days_late >= ${offset(3)} THEN 2
                     ELSE 1 END) k`
    )
    const sentOn = `h.due + CASE h.level WHEN 1 THEN ${offset(1)} WHEN 2 THEN ${offset(2)} ELSE ${offset(3)} END`
    await trx.raw(
      `INSERT INTO dunning_run (id, as_of, dry_run, status, triggered_by, finished_at, summary)
       VALUES (?, ?, false, 'completed', 'bench:baseline', now(), '{"baseline": true}')`,
      [BASELINE_RUN, addDays(AS_OF, -1)]
    )
    await trx.raw(
      `INSERT INTO dunning_reminder (id, run_id, company_id, policy_id, level, level_name, as_of, currency_code,
              language, channels, subject, body, recipient, status, attempts, sent_at, total_open, raw_total_open,
              fee_total, raw_fee_total)
       SELECT 'drem_${PREFIX}base_' || h.company_id || '_' || h.level, ?, h.company_id, ?, h.level,
              CASE h.level WHEN 1 THEN ? WHEN 2 THEN ? ELSE ? END,
              to_char(MAX(${sentOn}), 'YYYY-MM-DD'), 'eur', c.language, '["email"]'::jsonb,
              'Bench baseline reminder', 'Bench baseline reminder', c.billing_email, 'sent', 1, now(),
              SUM(h.amount), ${money("SUM(h.amount)")},
              CASE WHEN h.level = 3 THEN 40 * count(*) ELSE 0 END,
              ${money("CASE WHEN h.level = 3 THEN 40 * count(*) ELSE 0 END")}
         FROM bdun_hist h JOIN company c ON c.id = h.company_id
        GROUP BY h.company_id, h.level, c.language, c.billing_email`,
      [BASELINE_RUN, ladder.policy_id, name(1), name(2), name(3)]
    )
    await trx.raw(
      `INSERT INTO dunning_item (id, reminder_id, company_id, invoice_id, invoice_number, level, as_of, due_date,
              days_late, open_amount, raw_open_amount, chased_amount, raw_chased_amount)
       SELECT 'ditm_${PREFIX}base_' || h.n || '_' || h.level, 'drem_${PREFIX}base_' || h.company_id || '_' || h.level,
              h.company_id, 'inv_${PREFIX}_' || h.n, 'BDUN-' || lpad(h.n::text, 7, '0'), h.level,
              to_char(${sentOn}, 'YYYY-MM-DD'), to_char(h.due, 'YYYY-MM-DD'),
              (${sentOn}) - h.due, h.amount, ${money("h.amount")}, h.amount, ${money("h.amount")}
         FROM bdun_hist h`
    )
    await trx.raw(
      `INSERT INTO dunning_claim (id, reminder_id, company_id, invoice_id, invoice_number, kind, currency_code,
              amount, raw_amount, status)
       SELECT 'dclm_${PREFIX}base_' || h.n, 'drem_${PREFIX}base_' || h.company_id || '_3', h.company_id,
              'inv_${PREFIX}_' || h.n, 'BDUN-' || lpad(h.n::text, 7, '0'), 'indemnity', 'eur', 40,
              ${money("40")}, 'claimed'
         FROM bdun_hist h WHERE h.level = 3`
    )
  })
  for (const table of ["company", "ledger_entry", "ledger_allocation", "dunning_reminder", "dunning_item", "dunning_claim"])
    await pg.raw(`ANALYZE ${table}`)
  return true
}

/** Takes out what the measured runs wrote (baseline and demo history stay) and lifts their holds. */
async function reset(pg: Knex) {
  const runs = `(SELECT id FROM dunning_run WHERE triggered_by = '${RUN_ACTOR}')`
  const removed = await pg.transaction(async (trx) => {
    const counts: Record<string, number> = {}
    const del = async (table: string, where: string) => {
      const { rows } = await trx.raw(`WITH d AS (DELETE FROM ${table} WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM d`)
      counts[table] = rows[0].n
    }
    await del("dunning_claim", `reminder_id IN (SELECT id FROM dunning_reminder WHERE run_id IN ${runs})`)
    await del("dunning_item", `reminder_id IN (SELECT id FROM dunning_reminder WHERE run_id IN ${runs})`)
    await del("dunning_reminder", `run_id IN ${runs}`)
    await del("dunning_run", `id IN ${runs}`)
    await del("credit_event", `company_id LIKE ${BENCH_COMPANY} AND type = 'hold' AND actor_id = '${DUNNING_ACTOR}'`)
    const { rows } = await trx.raw(
      `WITH u AS (UPDATE company SET status = 'active', hold_reason = NULL, hold_buyer_message = NULL,
                         held_at = NULL, held_by = NULL, updated_at = now()
                   WHERE id LIKE ${BENCH_COMPANY} AND status = 'on_hold' AND held_by = '${DUNNING_ACTOR}'
                  RETURNING 1)
       SELECT count(*)::int AS n FROM u`
    )
    counts.holds_lifted = rows[0].n
    return counts
  })
  // The same physical state before each run: no dead rows left by the previous one, fresh statistics.
  for (const table of ["dunning_run", "dunning_reminder", "dunning_item", "dunning_claim", "company", "credit_event"])
    await pg.raw(`VACUUM ANALYZE ${table}`)
  return removed
}

/** Wall-clock and state checks of the starting point: the same before every full run. */
async function startingState(pg: Knex) {
  const { rows } = await pg.raw(
    `SELECT (SELECT count(*) FROM dunning_item WHERE deleted_at IS NULL)::int AS items,
            (SELECT count(*) FROM dunning_claim WHERE deleted_at IS NULL)::int AS claims,
            (SELECT count(*) FROM dunning_reminder WHERE deleted_at IS NULL)::int AS reminders,
            (SELECT count(*) FROM company WHERE id LIKE ${BENCH_COMPANY} AND status = 'on_hold')::int AS bench_on_hold,
            (SELECT count(*) FROM dunning_claim WHERE status = 'superseded')::int AS superseded`
  )
  return rows[0]
}

/** process.memoryUsage().rss every 100 ms, and the kernel's high-water mark (VmHWM, reset first). */
class RssSampler {
  private timer: NodeJS.Timeout | null = null
  private peak = 0
  private samples = 0
  private hwmReset = false
  before = 0

  start() {
    try {
      writeFileSync("/proc/self/clear_refs", "5") // resets VmHWM to the current RSS
      this.hwmReset = true
    } catch {
      this.hwmReset = false
    }
    this.before = process.memoryUsage().rss
    this.peak = this.before
    this.timer = setInterval(() => {
      this.samples++
      this.peak = Math.max(this.peak, process.memoryUsage().rss)
    }, 100)
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    const after = process.memoryUsage().rss
    this.peak = Math.max(this.peak, after)
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))
    return {
      rss_before_mb: mb(this.before),
      rss_after_mb: mb(after),
      peak_rss_mb: mb(this.peak),
      rss_samples: this.samples,
      vm_hwm_mb: hwm && this.hwmReset ? Math.round(Number(hwm[1]) / 1024) : null,
    }
  }
}

/** What each SQL statement is, for the breakdown. */
function sqlKind(sql: string) {
  const s = sql.replace(/\s+/g, " ")
  if (/pg_advisory_xact_lock\(hashtext\('o2c:dunning/.test(s)) return "sql:lock_companies"
  if (/FROM dunning_item WHERE invoice_id = ANY/.test(s)) return "sql:invoice_states_levels"
  if (/FROM dunning_claim WHERE invoice_id = ANY/.test(s)) return "sql:invoice_states_claims"
  if (/^INSERT INTO dunning_reminder/.test(s)) return "sql:insert_reminders"
  if (/^INSERT INTO dunning_item/.test(s)) return "sql:insert_items"
  if (/^INSERT INTO dunning_claim/.test(s)) return "sql:insert_claims"
  if (/^UPDATE dunning_claim SET status = 'superseded'/.test(s)) return "sql:supersede_interest"
  if (/document_type = 'invoice' AND o.document_id IS NOT NULL/.test(s)) return "sql:open_invoices"
  if (/SUM\(o.open\)::text AS unallocated/.test(s)) return "sql:unallocated"
  if (/FROM ledger_allocation a JOIN ledger_entry e ON e.id = a.debit_entry_id/.test(s)) return "sql:settlements"
  if (/"workflow_execution"/.test(s)) return "sql:workflow_execution"
  if (/^SELECT id, name, legal_name.* FROM company .*FOR UPDATE/i.test(s)) return "sql:company_lock"
  if (/from "company"/i.test(s) && /^select/i.test(s)) return "sql:company_select"
  if (/^update "company"/i.test(s)) return "sql:company_update"
  if (/^insert into "credit_event"/i.test(s)) return "sql:credit_event_insert"
  if (/"dunning_(policy|level)"/.test(s)) return "sql:ladders"
  if (/"late_interest_rate"/.test(s)) return "sql:rates"
  if (/"dunning_account"|"dispute"|"payment_promise"/.test(s)) return "sql:accounts_disputes_promises"
  if (/"dunning_run"/.test(s)) return "sql:run_record"
  if (/^(begin|commit|rollback|savepoint|release savepoint|set )/i.test(s)) return "sql:transaction_control"
  return "sql:other"
}

type Totals = Record<string, { n: number; ms: number }>
const add = (totals: Totals, key: string, ms: number) => {
  totals[key] ??= { n: 0, ms: 0 }
  totals[key].n++
  totals[key].ms += ms
}

/** Times every SQL statement run through the shared Knex connection, by kind. */
function sqlTimer(pg: Knex) {
  const started = new Map<string, { at: number; sql: string }>()
  const totals: Totals = {}
  const others = new Set<string>()
  let active = false
  const onQuery = (q: { __knexQueryUid: string; sql: string }) => {
    if (active) started.set(q.__knexQueryUid, { at: performance.now(), sql: q.sql })
  }
  const onDone = (_r: unknown, q: { __knexQueryUid: string }) => {
    const s = started.get(q.__knexQueryUid)
    if (!s) return
    started.delete(q.__knexQueryUid)
    const kind = sqlKind(s.sql)
    add(totals, kind, performance.now() - s.at)
    if (kind === "sql:other" && others.size < 5) others.add(s.sql.replace(/\s+/g, " ").slice(0, 200))
  }
  pg.on("query", onQuery)
  pg.on("query-response", onDone)
  pg.on("query-error", (_e: unknown, q: { __knexQueryUid: string }) => onDone(null, q))
  return {
    start() {
      for (const k of Object.keys(totals)) delete totals[k]
      active = true
    },
    stop() {
      active = false
      if (others.size) log(`unclassified SQL, e.g.: ${[...others].join(" | ")}`)
      others.clear()
      return Object.fromEntries(
        Object.entries(totals)
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([k, v]) => [k, { n: v.n, s: seconds(v.ms) }])
      )
    },
  }
}

type Mark = { name: string; start: number; end: number }

/** Wraps the service methods the run calls (on their instances) to time them and place them on a timeline. */
function instrument(container: MedusaContainer) {
  const marks: Mark[] = []
  let active = false
  const wrap = (service: any, method: string, name: (args: any[]) => string | null) => {
    const original = service[method]
    if (typeof original !== "function") throw new Error(`no method ${method} to time`)
    service[method] = async function (this: unknown, ...args: any[]) {
      const start = performance.now()
      try {
        return await original.apply(service, args)
      } finally {
        const label = active ? name(args) : null
        if (label) marks.push({ name: label, start, end: performance.now() })
      }
    }
  }
  const receivables = container.resolve(RECEIVABLES_MODULE) as any
  const dunning = container.resolve(DUNNING_MODULE) as any
  const companies = container.resolve(COMPANY_MODULE) as any
  const eventBus = container.resolve(Modules.EVENT_BUS) as any
  wrap(receivables, "openInvoicesDueBy", () => "read:open_invoices")
  wrap(receivables, "unallocatedByCompany", () => "read:unallocated")
  wrap(receivables, "settlementsOf", () => "read:settlements")
  wrap(receivables, "paymentsSince", () => "promises:payments_since")
  wrap(companies, "listCompanies", ([filter]) => (filter?.status ? "holds:list_active" : "read:companies"))
  wrap(companies, "updateCompanyAccount", () => "holds:update_company")
  wrap(dunning, "listDunningAccounts", () => "read:accounts")
  wrap(dunning, "listDisputes", () => "read:disputes")
  wrap(dunning, "listPaymentPromises", () => "read:promises")
  wrap(dunning, "createDunningRuns", () => "run:start")
  wrap(dunning, "updateDunningRuns", () => "run:complete")
  wrap(dunning, "writeReminders", () => "batch:write_reminders")
  wrap(dunning, "plan", () => "batch:plan")
  wrap(eventBus, "emit", ([events]) => {
    const list = Array.isArray(events) ? events : [events]
    return `events:emit:${list[0]?.name ?? "none"}`
  })
  return {
    start() {
      marks.length = 0
      active = true
    },
    stop() {
      active = false
      return [...marks]
    },
  }
}

/** The full run's phases, from the timeline of wrapped calls and the SQL they ran. */
function phases(marks: Mark[], t0: number, t1: number) {
  const of = (prefix: string) => marks.filter((m) => m.name.startsWith(prefix))
  const sum = (list: Mark[]) => list.reduce((s, m) => s + (m.end - m.start), 0)
  const first = (list: Mark[]) => Math.min(...list.map((m) => m.start))
  const last = (list: Mark[]) => Math.max(...list.map((m) => m.end))
  const reads = of("read:")
  const batches = of("batch:write_reminders")
  const levelEvents = of("events:emit:dunning.level_reached")
  const holdList = of("holds:list_active")
  const complete = of("run:complete")
  const holdsStart = holdList.length ? first(holdList) : null
  const holdsEnd = complete.length ? first(complete) : t1
  const readsWall = reads.length && batches.length ? first(batches) - first(reads) : 0
  const batchesWall = batches.length ? last(batches) - first(batches) : 0
  const out: Record<string, unknown> = {
    before_reads_s: seconds((reads.length ? first(reads) : t1) - t0),
    reads_s: seconds(readsWall),
    reads_detail_s: Object.fromEntries(
      [...new Set(reads.map((m) => m.name))].map((n) => [n.slice(5), seconds(sum(of(n)))])
    ),
    batches: batches.length,
    batches_s: seconds(batchesWall),
    batches_write_reminders_s: seconds(sum(batches)),
    batches_plan_s: seconds(sum(of("batch:plan"))),
    level_reached_emits: levelEvents.length,
    level_reached_emit_s: seconds(sum(levelEvents)),
    holds_s: holdsStart !== null ? seconds(holdsEnd - holdsStart) : 0,
    holds_update_company_s: seconds(sum(of("holds:update_company"))),
    holds_event_emits: of("events:emit:company.").length,
    after_holds_s: seconds(t1 - holdsEnd),
  }
  return out
}

async function cpuProfile<T>(fn: () => Promise<T>): Promise<{ result: T; top: unknown[] }> {
  const session = new Session()
  session.connect()
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res)))
    )
  await post("Profiler.enable")
  await post("Profiler.setSamplingInterval", { interval: 1000 })
  await post("Profiler.start")
  const result = await fn()
  const { profile } = await post("Profiler.stop")
  session.disconnect()
  writeFileSync("/tmp/dunning-run.cpuprofile", JSON.stringify(profile))
  // Self time per function (and per file), from the sampled ticks.
  const dt = new Map<number, number>()
  for (let i = 0; i < profile.samples.length; i++) {
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0))
  }
  const byFn = new Map<string, number>()
  const byFile = new Map<string, number>()
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0
    if (!us) continue
    const cf = node.callFrame
    const file = (cf.url || "(native)").replace(/^file:\/\//, "").replace(process.cwd() + "/", "")
    const key = `${cf.functionName || "(anonymous)"} ${file}:${cf.lineNumber + 1}`
    byFn.set(key, (byFn.get(key) ?? 0) + us)
    const group = file.includes("node_modules/")
      ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, "$1")
      : file
    byFile.set(group, (byFile.get(group) ?? 0) + us)
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => ({ at: k, self_s: seconds(us / 1000) }))
  const topFns = top(byFn, 25)
  const topFiles = top(byFile, 15)
  log(`CPU profile: top functions by self time\n${topFns.map((t) => `  ${t.self_s}s ${t.at}`).join("\n")}`)
  log(`CPU profile: by package/file\n${topFiles.map((t) => `  ${t.self_s}s ${t.at}`).join("\n")}`)
  return { result, top: [{ functions: topFns }, { files: topFiles }] }
}

/** What a run wrote, read back in SQL. */
async function written(pg: Knex, runId: string) {
  const { rows } = await pg.raw(
    `SELECT (SELECT count(*) FROM dunning_reminder WHERE run_id = ?)::int AS reminders,
            (SELECT count(*) FROM dunning_reminder WHERE run_id = ? AND status = 'sent')::int AS sent,
            (SELECT count(*) FROM dunning_reminder WHERE run_id = ? AND status = 'queued')::int AS queued,
            (SELECT json_object_agg(level, n) FROM (SELECT level, count(*)::int AS n FROM dunning_item
               WHERE reminder_id IN (SELECT id FROM dunning_reminder WHERE run_id = ?) GROUP BY 1 ORDER BY 1) x) AS items_by_level,
            (SELECT json_object_agg(level, n) FROM (SELECT level, count(*)::int AS n FROM dunning_reminder
               WHERE run_id = ? GROUP BY 1 ORDER BY 1) x) AS reminders_by_level,
            (SELECT json_object_agg(kind, json_build_object('n', n, 'total', total)) FROM (
               SELECT kind, count(*)::int AS n, SUM(amount)::text AS total FROM dunning_claim
                WHERE reminder_id IN (SELECT id FROM dunning_reminder WHERE run_id = ?) GROUP BY 1) x) AS claims,
            (SELECT count(*) FROM company WHERE id LIKE ${BENCH_COMPANY} AND status = 'on_hold'
               AND held_by = '${DUNNING_ACTOR}')::int AS bench_on_hold`,
    [runId, runId, runId, runId, runId, runId]
  )
  return rows[0]
}

/** Garbage-collection pauses while a run goes on. */
function gcTimer() {
  let ms = 0
  let n = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      ms += entry.duration
      n++
    }
  })
  observer.observe({ entryTypes: ["gc"] })
  return () => {
    observer.disconnect()
    return { gc_pauses: n, gc_s: seconds(ms) }
  }
}

async function measure(container: MedusaContainer, label: string, wrapProfile: boolean) {
  const rss = new RssSampler()
  rss.start()
  const gc = gcTimer()
  const elu = performance.eventLoopUtilization()
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  const go = () =>
    runDunningWorkflow(container).run({ input: { as_of: AS_OF, triggered_by: RUN_ACTOR } })
  const { result, top } = wrapProfile ? await cpuProfile(go) : { result: await go(), top: undefined }
  const t1 = performance.now()
  const used = process.cpuUsage(cpu)
  const memory = {
    ...rss.stop(),
    ...gc(),
    // Share of the wall time the event loop was busy (JavaScript), the rest waiting (mostly on PostgreSQL).
    event_loop_busy: Math.round(performance.eventLoopUtilization(elu).utilization * 100) / 100,
    cpu_user_s: seconds(used.user / 1000),
    cpu_system_s: seconds(used.system / 1000),
  }
  log(`${label}: ${seconds(t1 - t0)} s, ${result.result.summary.reminders} reminders`)
  return { result: result.result, t0, t1, memory, top }
}

export default async function dunningRun({ container }: ExecArgs) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  if (dunning.options.dunning.sendReminders !== false) {
    throw new Error(
      "the run would send its 10,000 reminders: run with O2C_DUNNING_SEND=off (bench/run.sh exports the bench-env line)"
    )
  }
  const ladder = await frenchLadder(dunning)
  const benchRates = await addBenchRates(dunning)
  let start = performance.now()
  const loaded = await generate(pg, ladder)
  const loadMs = performance.now() - start
  log(loaded ? `generated in ${seconds(loadMs)} s` : "bench data already present: reused")

  const [data] = (
    await pg.raw(
      `SELECT (SELECT count(*) FROM company WHERE id LIKE ${BENCH_COMPANY})::int AS companies,
              (SELECT count(*) FROM ledger_entry WHERE company_id LIKE ${BENCH_COMPANY} AND type = 'invoice')::int AS invoices,
              (SELECT count(*) FROM ledger_allocation WHERE company_id LIKE ${BENCH_COMPANY})::int AS partly_paid,
              (SELECT count(*) FROM ledger_entry WHERE id LIKE 'lent\\_${PREFIX}cash\\_%')::int AS companies_with_cash,
              (SELECT count(*) FROM dunning_item WHERE reminder_id LIKE 'drem\\_${PREFIX}base\\_%')::int AS baseline_items,
              (SELECT count(*) FROM company WHERE language IS NOT NULL AND id LIKE ${BENCH_COMPANY} AND language = 'en')::int AS companies_en`
    )
  ).rows

  start = performance.now()
  const removed = await reset(pg)
  const resetS = seconds(performance.now() - start)
  const before = await startingState(pg)
  log(`reset in ${resetS} s: ${JSON.stringify(removed)}; starting state ${JSON.stringify(before)}`)

  const sql = sqlTimer(pg)
  const timeline = instrument(container)
  const load = loadavg().map((l) => Math.round(l * 100) / 100)

  // (1) The full run.
  sql.start()
  timeline.start()
  const full = await measure(container, "full run", PROFILE)
  const marks = timeline.stop()
  const fullSql = sql.stop()
  // The run-completed subscriber runs after the event: give it a moment, then check nothing was sent.
  await new Promise((r) => setTimeout(r, 1000))
  const fullRunId = full.result.run?.id as string
  const fullWritten = await written(pg, fullRunId)

  // (2) The same day again.
  sql.start()
  const rerun = await measure(container, "re-run", false)
  const rerunSql = sql.stop()
  const rerunWritten = await written(pg, rerun.result.run?.id as string)

  const fullS = seconds(full.t1 - full.t0)
  const rerunS = seconds(rerun.t1 - rerun.t0)
  const s = full.result.summary
  const checks = {
    reminders_match_summary: fullWritten.reminders === s.reminders,
    all_reminders_queued_none_sent: fullWritten.sent === 0 && fullWritten.queued === s.reminders - s.awaiting_approval,
    holds_match_summary: fullWritten.bench_on_hold === s.holds_placed && s.holds_placed > 0,
    every_level_escalated: ["2", "3", "4"].every((l) => (fullWritten.items_by_level?.[l] ?? 0) > 0),
    interest_claimed: (fullWritten.claims?.interest?.n ?? 0) > 0,
    rerun_wrote_nothing: rerun.result.summary.reminders === 0 && rerunWritten.reminders === 0,
    rerun_escalated_nothing: rerun.result.summary.invoices_escalated === 0,
    rerun_no_new_holds: rerun.result.summary.holds_placed === 0,
  }
  console.log(
    JSON.stringify({
      bench: "dunning-run",
      as_of: AS_OF,
      load_avg_before: load,
      data: { ...data, loaded, load_s: loaded ? seconds(loadMs) : null, bench_rates_added: benchRates },
      reset_s: resetS,
      reset_removed: removed,
      full: {
        wall_s: fullS,
        goal_s: GOAL_FULL_S,
        meets_goal: fullS <= GOAL_FULL_S,
        companies: s.companies,
        reminders: s.reminders,
        awaiting_approval: s.awaiting_approval,
        invoices_escalated: s.invoices_escalated,
        holds_placed: s.holds_placed,
        skipped: s.skipped,
        ...full.memory,
        written: fullWritten,
        phases: phases(marks, full.t0, full.t1),
        sql: fullSql,
        ...(full.top ? { cpu_profile: full.top } : {}),
      },
      rerun: {
        wall_s: rerunS,
        goal_s: GOAL_RERUN_S,
        meets_goal: rerunS <= GOAL_RERUN_S,
        reminders: rerun.result.summary.reminders,
        invoices_escalated: rerun.result.summary.invoices_escalated,
        holds_placed: rerun.result.summary.holds_placed,
        skipped: rerun.result.summary.skipped,
        ...rerun.memory,
        sql: rerunSql,
      },
      checks,
    })
  )
  const failed = Object.entries(checks).filter(([, ok]) => !ok)
  if (failed.length) throw new Error(`checks failed: ${failed.map(([k]) => k).join(", ")}`)
}
