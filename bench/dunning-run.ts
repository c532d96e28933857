// bench: exec — run in-process by bench/run.sh (medusa exec), no HTTP server.
// bench-env: O2C_DUNNING_SEND=off
import { loadavg } from "node:os"
import { performance } from "node:perf_hooks"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DUNNING_MODULE } from "../src/modules/dunning"
import type DunningModuleService from "../src/modules/dunning/service"
import { runDunningWorkflow } from "../src/workflows/dunning/run-dunning"
import {
  AS_OF,
  addBenchRates,
  BENCH_COMPANY,
  frenchLadder,
  GOAL_FULL_S,
  GOAL_RERUN_S,
  generate,
  type Knex,
  log,
  PREFIX,
  PROFILE,
  RUN_ACTOR,
  reset,
  seconds,
  startingState,
  written,
} from "./lib/dunning-data"
import { cpuProfile, gcTimer, instrument, phases, RssSampler, sqlTimer } from "./lib/run-profile"

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
async function measure(container: MedusaContainer, label: string, wrapProfile: boolean) {
  const rss = new RssSampler()
  rss.start()
  const gc = gcTimer()
  const elu = performance.eventLoopUtilization()
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  const go = () => runDunningWorkflow(container).run({ input: { as_of: AS_OF, triggered_by: RUN_ACTOR } })
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
    all_reminders_queued_none_sent:
      fullWritten.sent === 0 && fullWritten.queued === s.reminders - s.awaiting_approval,
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
