import { randomBytes } from "node:crypto"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { DEMO_ADMIN } from "../../src/scripts/seed"
import { adminApi, type ConsoleWatch, launchChromium, signInAsDemoAdmin, watchConsole } from "./browser"

/**
 * For a browser spec: call once at the top of a describe block. It launches
 * Chromium, signs in as the demo admin, and after each test checks that no
 * page it opened printed a console error or warning (see browser.ts for the
 * few that are allowed, and why), then closes them.
 *
 *   const admin = adminBrowser()
 *   it("shows ...", async () => {
 *     const page = await admin.open("/app/receivables")
 *     await page.getByRole("heading", { name: "Receivables" }).waitFor()
 *   })
 */
export function adminBrowser() {
  const baseUrl = process.env.O2C_ADMIN_URL
  let browser: Browser
  let context: BrowserContext
  let opened: { page: Page; console: ConsoleWatch }[] = []

  beforeAll(async () => {
    if (!baseUrl) {
      throw new Error(
        "O2C_ADMIN_URL is not set: run browser specs with TEST_TYPE=integration:admin (see jest.config.js)"
      )
    }
    browser = await launchChromium()
    context = await signInAsDemoAdmin(browser, baseUrl)
    // A missing element fails within 30 s with its selector rather than at the test's timeout.
    context.setDefaultTimeout(30_000)
  })

  afterAll(async () => {
    await browser?.close()
  })

  afterEach(async () => {
    const problems = opened.flatMap((o) => o.console.problems())
    await Promise.all(opened.map((o) => o.page.close()))
    opened = []
    expect(problems).toEqual([])
  })

  return {
    /** A new tab on `path` (e.g. "/app/companies"), its console watched. */
    async open(path: string): Promise<Page> {
      const page = await context.newPage()
      opened.push({ page, console: watchConsole(page, baseUrl!) })
      await page.goto(`${baseUrl}${path}`)
      return page
    },
    /** The admin API with the demo admin's token, to look up what a page should show. */
    api: () => adminApi(baseUrl!),
  }
}

/** The admin API with the demo admin's token, for what the browser does not do in a spec (set-up, writes, checks). */
export async function adminRequests(baseUrl: string) {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  return async <T = any>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`)
    return (await res.json()) as T
  }
}

/** A short random tag, so what a spec creates on the shared demo database never collides with another run's. */
export const unique = () => randomBytes(3).toString("hex")

/** A German customer of its own (no French identifiers to collide with the demo's), EUR, 5,000 limit. */
export async function ownCompany<C = { id: string; name: string }>(
  request: Awaited<ReturnType<typeof adminRequests>>,
  extra: object = {}
): Promise<C & { tag: string }> {
  const tag = unique()
  const { company } = await request<{ company: C }>("POST", "/admin/companies", {
    name: `Browser Test GmbH ${tag}`,
    legal_name: `Browser Test ${tag} GmbH`,
    billing_email: `buchhaltung-${tag}@browser-test.de`,
    billing_address: {
      address_1: "Hauptstrasse 1",
      postal_code: "10115",
      city: "Berlin",
      country_code: "de",
    },
    currency_code: "eur",
    credit_limit: 5000,
    ...extra,
  })
  return { ...company, tag }
}
