/** How the dunning bench times a run: RSS, GC, SQL by kind, the services' calls, a CPU profile. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { readFileSync, writeFileSync } from "node:fs"
import { Session } from "node:inspector"
import { PerformanceObserver, performance } from "node:perf_hooks"
import { COMPANY_MODULE } from "../../src/modules/company"
import { DUNNING_MODULE } from "../../src/modules/dunning"
import { RECEIVABLES_MODULE } from "../../src/modules/receivables"
import { type Knex, log, mb, seconds } from "./dunning-data"

/** process.memoryUsage().rss every 100 ms, and the kernel's high-water mark (VmHWM, reset first). */
export class RssSampler {
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
export function sqlKind(sql: string) {
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
  if (/FROM ledger_allocation a JOIN ledger_entry e ON e.id = a.debit_entry_id/.test(s))
    return "sql:settlements"
  if (/"workflow_execution"/.test(s)) return "sql:workflow_execution"
  if (/^SELECT id, name, legal_name.* FROM company .*FOR UPDATE/i.test(s)) return "sql:company_lock"
  if (/from "company"/i.test(s) && /^select/i.test(s)) return "sql:company_select"
  if (/^update "?company"? /i.test(s)) return "sql:company_update"
  if (/^insert into "?credit_event"? /i.test(s)) return "sql:credit_event_insert"
  if (/"dunning_(policy|level)"/.test(s)) return "sql:ladders"
  if (/"late_interest_rate"/.test(s)) return "sql:rates"
  if (/"dunning_account"|"dispute"|"payment_promise"/.test(s)) return "sql:accounts_disputes_promises"
  if (/"dunning_run"/.test(s)) return "sql:run_record"
  if (/^(begin|commit|rollback|savepoint|release savepoint|set )/i.test(s)) return "sql:transaction_control"
  return "sql:other"
}

export type Totals = Record<string, { n: number; ms: number }>
export const add = (totals: Totals, key: string, ms: number) => {
  totals[key] ??= { n: 0, ms: 0 }
  totals[key].n++
  totals[key].ms += ms
}

/** Times every SQL statement run through the shared Knex connection, by kind. */
export function sqlTimer(pg: Knex) {
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

export type Mark = { name: string; start: number; end: number }

/** Wraps the service methods the run calls (on their instances) to time them and place them on a timeline. */
export function instrument(container: MedusaContainer) {
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
  // Since d343168 the holds go through the company module's holdCompanies, many at once.
  if (typeof companies.holdCompanies === "function") wrap(companies, "holdCompanies", () => "holds:hold_companies")
  // Since 2e9133b the step reads every invoice's state once to keep only companies with a level due.
  wrap(dunning, "invoiceStates", () => "prefilter:invoice_states")
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
export function phases(marks: Mark[], t0: number, t1: number) {
  const of = (prefix: string) => marks.filter((m) => m.name.startsWith(prefix))
  const sum = (list: Mark[]) => list.reduce((s, m) => s + (m.end - m.start), 0)
  const first = (list: Mark[]) => Math.min(...list.map((m) => m.start))
  const last = (list: Mark[]) => Math.max(...list.map((m) => m.end))
  const reads = of("read:")
  const batches = of("batch:write_reminders")
  const levelEvents = of("events:emit:dunning.level_reached")
  const complete = of("run:complete")
  // The holds step and the workflow's glue around it: from the last batch (and its events) to the run's record.
  const written = [...batches, ...levelEvents]
  const holdsStart = written.length ? last(written) : null
  const holdsEnd = complete.length ? first(complete) : t1
  const readsWall = reads.length && batches.length ? first(batches) - first(reads) : 0
  const batchesWall = batches.length ? last(batches) - first(batches) : 0
  const out: Record<string, unknown> = {
    before_reads_s: seconds((reads.length ? first(reads) : t1) - t0),
    reads_s: seconds(readsWall),
    reads_detail_s: Object.fromEntries(
      [...new Set(reads.map((m) => m.name))].map((n) => [n.slice(5), seconds(sum(of(n)))])
    ),
    prefilter_invoice_states_s: seconds(sum(of("prefilter:invoice_states"))),
    batches: batches.length,
    batches_s: seconds(batchesWall),
    batches_write_reminders_s: seconds(sum(batches)),
    batches_plan_s: seconds(sum(of("batch:plan"))),
    level_reached_emits: levelEvents.length,
    level_reached_emit_s: seconds(sum(levelEvents)),
    holds_s: holdsStart !== null ? seconds(holdsEnd - holdsStart) : 0,
    holds_update_company_s: seconds(sum(of("holds:update_company"))),
    holds_hold_companies_s: seconds(sum(of("holds:hold_companies"))),
    holds_event_emits: of("events:emit:company.").length,
    after_holds_s: seconds(t1 - holdsEnd),
  }
  return out
}

export async function cpuProfile<T>(fn: () => Promise<T>): Promise<{ result: T; top: unknown[] }> {
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
    const file = (cf.url || "(native)").replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "")
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

/** Garbage-collection pauses while a run goes on. */
export function gcTimer() {
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
