import { type Browser, type BrowserContext, type ConsoleMessage, chromium, type Page } from "playwright-core"
import { DEMO_ADMIN } from "../../src/scripts/seed"

/**
 * Chromium on the admin app, signed in as the demo admin, with a watch on
 * what the page prints. Shared by the browser specs and the page-load bench.
 */

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      // Chromium refuses to run as root without it (containers, CI).
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  })
}

/**
 * With NODE_ENV=production Medusa sends the session cookie only over HTTPS,
 * as told by the proxy in front of it (it trusts X-Forwarded-Proto). Here the
 * browser talks to the server directly, so it says what a TLS proxy would;
 * Chromium keeps Secure cookies on localhost.
 */
const BEHIND_TLS_PROXY = { extraHTTPHeaders: { "x-forwarded-proto": "https" } }

/** A browser context signed in through the dashboard's login form as the demo admin. */
export async function signInAsDemoAdmin(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext(BEHIND_TLS_PROXY)
  const page = await context.newPage()
  // Generous: the first page a fresh server sends (and, under `medusa develop`, compiles) is the slowest.
  await page.goto(`${baseUrl}/app/login`, { timeout: 120_000 })
  await page.locator('input[name="email"]').fill(DEMO_ADMIN.email, { timeout: 120_000 })
  await page.locator('input[name="password"]').fill(DEMO_ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes("login"), { timeout: 120_000 })
  await page.close()
  return context
}

/**
 * A new context with the signed-in one's session but nothing in its HTTP
 * cache: what a returning admin gets after the dashboard was redeployed.
 */
export async function emptyCacheContext(browser: Browser, signedIn: BrowserContext): Promise<BrowserContext> {
  return browser.newContext({ ...BEHIND_TLS_PROXY, storageState: await signedIn.storageState() })
}

/**
 * Console output outside the plugin's control, each with why; everything
 * else a page prints as an error or a warning fails the page's check.
 */
const OUTSIDE_THE_PLUGIN: { why: string; matches: (message: ConsoleMessage, origin: string) => boolean }[] = [
  {
    why: "Medusa's own dashboard router (react-router) warns on every load that it has no HydrateFallback",
    matches: (m) => m.type() === "warning" && m.text().includes("No `HydrateFallback` element provided"),
  },
  {
    // @medusajs/dashboard 2.21.2, routes/orders/order-detail/components/order-summary-section:
    // its `Cost` row puts the "Shipping subtotal" toggle (a <div>) in a <Text> (a <p>).
    // Matched by the component right above the <p>: it lives in the stock order-detail chunk.
    why: "the stock order summary nests a <div> in a <p> on every order page",
    matches: (m) =>
      m.type() === "error" &&
      /validateDOMNesting[\s\S]*<div> p\s+at div\s+at p\s+at .*\n\s+at div\n\s+at \w+ \(\S*\/assets\/order-detail-/.test(
        m.text()
      ),
  },
  {
    why: "the stock order pages load country flags from a CDN (cdn.jsdelivr.net), unreachable offline",
    matches: (m, origin) =>
      m.text().startsWith("Failed to load resource") && !m.location().url.startsWith(origin),
  },
]

export type ConsoleWatch = {
  /** Errors, warnings and uncaught exceptions printed since the watch began, not allow-listed. */
  problems: () => string[]
}

/** Collects the page's console errors and warnings (React prints its warnings there) and uncaught exceptions. */
export function watchConsole(page: Page, baseUrl: string): ConsoleWatch {
  const origin = new URL(baseUrl).origin
  const problems: string[] = []
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`))
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return
    if (OUTSIDE_THE_PLUGIN.some((allowed) => allowed.matches(message, origin))) return
    const where = message.location().url ? ` (${message.location().url})` : ""
    problems.push(`${message.type()} at ${page.url()}: ${message.text()}${where}`)
  })
  return { problems: () => [...problems] }
}

/** Bearer-token calls to the admin API, to find what a page should show (an order with invoices...). */
export async function adminApi(baseUrl: string) {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  return async <T = any>(pathAndQuery: string): Promise<T> => {
    const res = await fetch(`${baseUrl}${pathAndQuery}`, { headers: { authorization: `Bearer ${token}` } })
    if (!res.ok) throw new Error(`GET ${pathAndQuery} answered ${res.status}: ${await res.text()}`)
    return (await res.json()) as T
  }
}
