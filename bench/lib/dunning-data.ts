import { addDays, type CalendarDate } from "../../src/lib/time"
import { halfYearOf, nextHalfYear } from "../../src/modules/dunning/interest"
import type DunningModuleService from "../../src/modules/dunning/service"

export const AS_OF: CalendarDate = process.env.BENCH_DUNNING_AS_OF ?? "2026-11-30"
export const COMPANIES = Number(process.env.BENCH_DUNNING_COMPANIES ?? 10_000)
export const INVOICES = Number(process.env.BENCH_DUNNING_INVOICES ?? 100_000)
export const MAX_DAYS_LATE = 120
export const PARTLY_PAID_EVERY = 5 // every 5th invoice partly paid (20 % to 80 %) by an allocated payment
export const CASH_EVERY = 200 // every 200th company holds unallocated cash covering what it owes
export const NEVER_REMINDED = 0.1 // share of invoices without any reminder in the baseline history
export const PREFIX = "bdun"
export const RUN_ACTOR = "bench:dunning-run"
export const BASELINE_RUN = `drun_${PREFIX}_baseline`
export const DUNNING_ACTOR = "system:dunning"
export const GOAL_FULL_S = 60
export const GOAL_RERUN_S = 10
export const PROFILE = process.env.BENCH_PROFILE === "1"

/**
 * BENCH FIGURES, NOT PUBLISHED RATES: the seed's rates table stops at the
 * 2026-01-01 half-year and interest running into a half-year without rates
 * is not claimed. So that the run computes interest, the bench adds each
 * missing half-year up to the run's day with these test figures (the
 * 2026-01-01 half-year's, carried over); they are only ever written to the
 * bench database.
 */
export const BENCH_RATES = { ecb_refinancing_rate: "2.15", legal_interest_rate: "2.62" }

export type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }>
  transaction: <T>(fn: (trx: Knex) => Promise<T>) => Promise<T>
  on: (event: string, fn: (...args: any[]) => void) => unknown
  removeListener: (event: string, fn: (...args: any[]) => void) => unknown
}

export const log = (message: string) => console.error(`[dunning-run] ${message}`)
export const seconds = (ms: number) => Math.round(ms / 10) / 100
export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
export const money = (amount: string) => `jsonb_build_object('value', (${amount})::text, 'precision', 20)`
export const ENTRY_COLUMNS = `(id, company_id, currency_code, type, side, amount, raw_amount, effective_date, due_date,
  document_type, document_id, document_number, source, idempotency_key, content_hash, created_by, metadata)`
export const ALLOCATION_COLUMNS = `(id, company_id, currency_code, debit_entry_id, credit_entry_id, amount, raw_amount,
  effective_date, created_by)`
export const PAYMENT_METADATA = `jsonb_build_object('method', 'bank_transfer', 'reference', null, 'requested', 'oldest_first')`
export const BENCH_COMPANY = `'${PREFIX}\\_comp\\_%'`

export type Ladder = Array<{ level: number; name: string; offset_days: number }>

/** The default policy must be the seed's French ladder: the baseline history is written for it. */
export async function frenchLadder(dunning: DunningModuleService) {
  const { ladders, default_policy_id } = await dunning.ladders()
  const levels = (default_policy_id ? ladders.get(default_policy_id) : null) ?? []
  const offsets = levels.map((l) => l.offset_days).join(",")
  if (offsets !== "-3,7,21,45") {
    throw new Error(
      `the default policy is not the seed's French ladder (offsets ${offsets}): seed the demo first`
    )
  }
  return {
    policy_id: default_policy_id as string,
    levels: levels.map((l) => ({ level: l.level, name: l.name, offset_days: l.offset_days })) as Ladder,
  }
}

/** Adds the half-years missing from the rates table up to the run's day, with the bench figures above. */
export async function addBenchRates(dunning: DunningModuleService) {
  const known = new Set((await dunning.halfYearRates()).map((r) => r.starts_on))
  const missing: string[] = []
  for (let half = halfYearOf(addDays(AS_OF, -MAX_DAYS_LATE)); half <= AS_OF; half = nextHalfYear(half)) {
    if (!known.has(half)) missing.push(half)
  }
  if (missing.length) {
    await dunning.createLateInterestRates(missing.map((starts_on) => ({ starts_on, ...BENCH_RATES })))
    log(
      `added BENCH rate figures (not published rates) for ${missing.join(", ")}: ${JSON.stringify(BENCH_RATES)}`
    )
  }
  return missing
}

/** Companies, the ledger and the baseline dunning history, in one transaction; false when already there. */
export async function generate(pg: Knex, ladder: Awaited<ReturnType<typeof frenchLadder>>) {
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
    await trx.raw(
      `UPDATE bdun_inv SET paid_on = eff + floor(r_day * (?::date - eff))::int WHERE paid IS NOT NULL`,
      [AS_OF]
    )
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
  for (const table of [
    "company",
    "ledger_entry",
    "ledger_allocation",
    "dunning_reminder",
    "dunning_item",
    "dunning_claim",
  ])
    await pg.raw(`ANALYZE ${table}`)
  return true
}

/** Takes out what the measured runs wrote (baseline and demo history stay) and lifts their holds. */
export async function reset(pg: Knex) {
  const runs = `(SELECT id FROM dunning_run WHERE triggered_by = '${RUN_ACTOR}')`
  const removed = await pg.transaction(async (trx) => {
    const counts: Record<string, number> = {}
    const del = async (table: string, where: string) => {
      const { rows } = await trx.raw(
        `WITH d AS (DELETE FROM ${table} WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM d`
      )
      counts[table] = rows[0].n
    }
    await del("dunning_claim", `reminder_id IN (SELECT id FROM dunning_reminder WHERE run_id IN ${runs})`)
    await del("dunning_item", `reminder_id IN (SELECT id FROM dunning_reminder WHERE run_id IN ${runs})`)
    await del("dunning_reminder", `run_id IN ${runs}`)
    await del("dunning_run", `id IN ${runs}`)
    await del(
      "credit_event",
      `company_id LIKE ${BENCH_COMPANY} AND type = 'hold' AND actor_id = '${DUNNING_ACTOR}'`
    )
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
  for (const table of [
    "dunning_run",
    "dunning_reminder",
    "dunning_item",
    "dunning_claim",
    "company",
    "credit_event",
  ])
    await pg.raw(`VACUUM ANALYZE ${table}`)
  return removed
}

/** Wall-clock and state checks of the starting point: the same before every full run. */
export async function startingState(pg: Knex) {
  const { rows } = await pg.raw(
    `SELECT (SELECT count(*) FROM dunning_item WHERE deleted_at IS NULL)::int AS items,
            (SELECT count(*) FROM dunning_claim WHERE deleted_at IS NULL)::int AS claims,
            (SELECT count(*) FROM dunning_reminder WHERE deleted_at IS NULL)::int AS reminders,
            (SELECT count(*) FROM company WHERE id LIKE ${BENCH_COMPANY} AND status = 'on_hold')::int AS bench_on_hold,
            (SELECT count(*) FROM dunning_claim WHERE status = 'superseded')::int AS superseded`
  )
  return rows[0]
}

/** What a run wrote, read back in SQL. */
export async function written(pg: Knex, runId: string) {
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
