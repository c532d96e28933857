// bench: standalone
/**
 * Admin page load: `bench/run.sh admin-pages [runs]` (default 7 runs).
 *
 * Starts the admin as a merchant runs it (dashboard built for production,
 * `medusa start`, demo data; integration-tests/admin/app.ts, the same app the
 * browser specs use), signs in as the demo admin in Chromium, and times three
 * pages from navigation start until their main content shows:
 *
 * - order: the order heading and, in the plugin's widget, the invoice number;
 * - company: the company's name heading and its credit gauge with the exposure;
 * - receivables: the heading and a KPI tile's figure ("12.3 days").
 *
 * "Shows" is checked in the page on every animation frame and the page's own
 * clock read then (performance.now(), zero at navigation start), so the
 * figure is the browser's, without the harness's round trips.
 *
 * Per page: the cold first load (fresh server, empty browser cache), then
 * `runs` warm loads with the browser cache (a new tab each time, as an admin
 * opening a link) and `runs` with an empty cache (a new browser context each
 * time, as after a redeploy); rounds interleave the pages so they share the
 * noise. Each page's heading is also timed on its own (the dashboard's frame
 * drawn, before the page's data).
 *
 * BENCH_ADMIN_SERVER=develop times `medusa develop` instead.
 * BENCH_ADMIN_DASHBOARD=stock bundles the stock dashboard without the
 * plugin's pages and widgets and times the order page's heading only: the
 * floor any page of this dashboard starts from, on this machine.
 */
import { loadavg } from "node:os"
import type { Browser, BrowserContext } from "playwright-core"
import { type AdminMode, startAdminApp } from "../integration-tests/admin/app"
import {
  adminApi,
  emptyCacheContext,
  launchChromium,
  signInAsDemoAdmin,
} from "../integration-tests/admin/browser"
import { percentile } from "./lib/stats"

const RUNS = Number(process.argv[2] || 7)
const MODE: AdminMode = process.env.BENCH_ADMIN_SERVER === "develop" ? "develop" : "production"
const STOCK_DASHBOARD = process.env.BENCH_ADMIN_DASHBOARD === "stock"
const BUDGET_MS = 1000

/** Elements that must be visible for the page to count as loaded: a CSS selector and a pattern of its text. */
type Shown = { selector: string; text: string }
type PageUnderTest = { name: string; path: string; shown: Shown[] }

const round1 = (value: number) => Math.round(value * 10) / 10
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * The three pages, on an order invoiced on account and the company it belongs to;
 * with the stock dashboard, the order page's heading alone. Each page's heading comes first.
 */
async function pagesUnderTest(baseUrl: string): Promise<PageUnderTest[]> {
  const api = await adminApi(baseUrl)
  const { invoices } = await api("/admin/invoices?limit=100")
  const invoice = invoices.find((i: any) => i.order_id && i.receivable && i.company_id)
  if (!invoice) throw new Error("the demo data has no invoice on account")
  const orderHeading = { selector: "h1", text: `^#${invoice.order_display_id}$` }
  if (STOCK_DASHBOARD)
    return [{ name: "order", path: `/app/orders/${invoice.order_id}`, shown: [orderHeading] }]
  const { company } = await api(`/admin/companies/${invoice.company_id}`)
  return [
    {
      name: "order",
      path: `/app/orders/${invoice.order_id}`,
      shown: [orderHeading, { selector: "a", text: `^${literally(invoice.number)}$` }],
    },
    {
      name: "company",
      path: `/app/companies/${company.id}`,
      shown: [
        { selector: "h1", text: `^${literally(company.name)}$` },
        { selector: '[data-testid="exposure-gauge"]', text: "Exposure \\d" },
      ],
    },
    {
      name: "receivables",
      path: "/app/receivables",
      shown: [
        { selector: "h1", text: "^Receivables$" },
        { selector: "h2", text: "^\\d+\\.\\d days$" },
      ],
    },
  ]
}

/** A page load's times in ms from navigation start: its heading shown, and all its content shown. */
type Load = { heading: number; all: number }

/** Opens the page in a new tab of `context` and times when its heading, then all its content, show. */
async function timeLoad(context: BrowserContext, baseUrl: string, target: PageUnderTest): Promise<Load> {
  const page = await context.newPage()
  try {
    await page.goto(`${baseUrl}${target.path}`, { waitUntil: "commit" })
    const handle = await page.waitForFunction(
      (shown: Shown[]) => {
        const visible = ({ selector, text }: Shown) =>
          Array.from(document.querySelectorAll<HTMLElement>(selector)).some(
            (el) => new RegExp(text).test(el.textContent?.trim() ?? "") && el.getClientRects().length > 0
          )
        // The page's own record of when each element first showed, kept across polls.
        const page = window as unknown as { __o2cSeen?: number[] }
        page.__o2cSeen ??= []
        const seen = page.__o2cSeen
        shown.forEach((item, i) => {
          if (seen[i] === undefined && visible(item)) seen[i] = performance.now()
        })
        return shown.every((_, i) => seen[i] !== undefined) ? seen : false
      },
      target.shown,
      { polling: "raf", timeout: 180_000 }
    )
    const seen = (await handle.jsonValue()) as number[]
    return { heading: seen[0], all: Math.max(...seen) }
  } finally {
    await page.close()
  }
}

async function main() {
  const app = await startAdminApp(MODE, { pluginAdmin: !STOCK_DASHBOARD })
  let browser: Browser | undefined
  try {
    browser = await launchChromium()
    const signedIn = await signInAsDemoAdmin(browser, app.baseUrl)
    const pages = await pagesUnderTest(app.baseUrl)
    const samples = Object.fromEntries(
      pages.map((p) => [
        p.name,
        { cold: { heading: 0, all: 0 }, cached: [] as Load[], emptyCache: [] as Load[] },
      ])
    )

    // Other work on the machine shows in the figures: say how busy it was.
    const loadBefore = loadavg()[0]
    // Cold: the first time the server serves the page, to a browser without its files.
    for (const target of pages) {
      const fresh = await emptyCacheContext(browser, signedIn)
      samples[target.name].cold = await timeLoad(fresh, app.baseUrl, target)
      await fresh.close()
    }
    // One untimed load each fills the signed-in context's cache.
    for (const target of pages) await timeLoad(signedIn, app.baseUrl, target)
    for (let round = 0; round < RUNS; round++) {
      for (const target of pages) {
        samples[target.name].cached.push(await timeLoad(signedIn, app.baseUrl, target))
        const fresh = await emptyCacheContext(browser, signedIn)
        samples[target.name].emptyCache.push(await timeLoad(fresh, app.baseUrl, target))
        await fresh.close()
      }
    }

    const ms = (loads: Load[], p: number, of: keyof Load = "all") =>
      Math.round(
        percentile(
          loads.map((l) => l[of]),
          p
        )
      )
    const results = pages.map((p) => {
      const s = samples[p.name]
      return {
        page: p.name,
        cold_ms: Math.round(s.cold.all),
        cached_p50_ms: ms(s.cached, 50),
        cached_p95_ms: ms(s.cached, 95),
        cached_heading_p50_ms: ms(s.cached, 50, "heading"),
        empty_cache_p50_ms: ms(s.emptyCache, 50),
        empty_cache_p95_ms: ms(s.emptyCache, 95),
      }
    })
    const load = { before: round1(loadBefore), after: round1(loadavg()[0]) }
    printTable(results, app.timings, load)
    console.log(
      JSON.stringify({
        bench: "admin-pages",
        mode: MODE,
        dashboard: STOCK_DASHBOARD ? "stock" : "with the plugin",
        runs: RUNS,
        results,
        setup: app.timings,
        load_average: load,
      })
    )
  } finally {
    await browser?.close()
    await app.stop()
  }
}

function printTable(
  results: {
    page: string
    cold_ms: number
    cached_p50_ms: number
    cached_p95_ms: number
    cached_heading_p50_ms: number
    empty_cache_p50_ms: number
    empty_cache_p95_ms: number
  }[],
  setup: Record<string, number>,
  load: { before: number; after: number }
) {
  const rows = [
    [
      "page",
      "cold (ms)",
      "cached p50 / p95 (ms)",
      "heading cached p50 (ms)",
      "empty cache p50 / p95 (ms)",
      `cached p95 < ${BUDGET_MS} ms`,
    ],
    ...results.map((r) => [
      r.page,
      String(r.cold_ms),
      `${r.cached_p50_ms} / ${r.cached_p95_ms}`,
      String(r.cached_heading_p50_ms),
      `${r.empty_cache_p50_ms} / ${r.empty_cache_p95_ms}`,
      r.cached_p95_ms < BUDGET_MS ? "yes" : "NO",
    ]),
  ]
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`
  console.log(
    `\nAdmin page load (${MODE === "develop" ? "medusa develop" : "medusa build + medusa start"}, ` +
      `${STOCK_DASHBOARD ? "stock dashboard without the plugin" : "dashboard with the plugin"}), demo data, ${RUNS} runs a page\n` +
      `setup (s): ${JSON.stringify(setup)}; 1-min load average ${load.before} before the runs, ${load.after} after\n`
  )
  console.log(line(rows[0]))
  console.log(line(widths.map((w) => "-".repeat(w))))
  for (const row of rows.slice(1)) console.log(line(row))
  console.log("")
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
