import BigNumber from "bignumber.js"
import { adminBrowser } from "./harness"

/**
 * The credit controller's pages as the demo admin sees them, on the built
 * dashboard served by `medusa start` with the demo data (`npm run demo`'s
 * seed): what a person reads on each, and nothing printed to the console
 * (the bundle holds React's development build, so React's warnings count).
 */

jest.setTimeout(180_000)

const DEMO_COMPANIES = ["Atelier Martin", "Chaudronnerie Dubois", "Garage Leroy"]
const MONEY = /\d[\d,]*\.\d{2} EUR/
const INVOICE_NUMBER = /^INV-\d{4}-\d{6}$/

/** An amount as the admin prints it: "1,234.50 EUR". */
const shown = (value: string | number, currency: string) =>
  `${new BigNumber(value).toFormat(2)} ${currency.toUpperCase()}`

type Company = { id: string; name: string; currency_code: string; credit_limit: number | null }
type CollectionRow = {
  company_id: string
  company_name: string
  amounts: { currency_code: string; overdue: string }[]
}
type CompanyDunning = {
  reminders: { id: string; level: number; level_name: string; subject: string }[]
}
type InvoiceDunning = { level: number; reminders: { level: number; level_name: string }[] }

/** A calendar day `offset` days from today, "YYYY-MM-DD", as the admin's date inputs take it. */
const calendarDay = (offset: number) => {
  const now = new Date()
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
}
type Invoice = {
  number: string
  order_id: string | null
  order_display_id: string | number | null
  total: string | number
  currency_code: string
  receivable?: unknown
}

describe("the admin, built and started as deployed, on the demo data", () => {
  const admin = adminBrowser()

  it("opens each demo company from the Companies list: its name, and its credit line in figures", async () => {
    const api = await admin.api()
    const { companies } = await api<{ companies: Company[] }>("/admin/companies?limit=100")
    expect(companies.map((c) => c.name)).toEqual(expect.arrayContaining(DEMO_COMPANIES))

    const page = await admin.open("/app/companies")
    await page.getByRole("heading", { name: "Companies", level: 1 }).waitFor()
    for (const company of companies.filter((c) => DEMO_COMPANIES.includes(c.name))) {
      await page.getByRole("link", { name: company.name, exact: true }).click()
      await page.getByRole("heading", { name: company.name, level: 1 }).waitFor()
      expect(page.url()).toContain(`/app/companies/${company.id}`)
      if (company.credit_limit !== null) {
        // The credit gauge: the limit, and what of it is used.
        await page.getByText(shown(company.credit_limit, company.currency_code)).first().waitFor()
        const gauge = page.getByTestId("exposure-gauge")
        await gauge.waitFor()
        expect(await gauge.textContent()).toMatch(new RegExp(`Exposure ${MONEY.source}`))
      }
      await page.goBack()
      await page.getByRole("heading", { name: "Companies", level: 1 }).waitFor()
    }
  })

  it("shows an order's invoice on the stock order page, in the plugin's Invoices widget", async () => {
    const api = await admin.api()
    const { invoices } = await api<{ invoices: Invoice[] }>("/admin/invoices?limit=100")
    const invoice = invoices.find((i) => i.order_id && i.receivable)
    if (!invoice) throw new Error("the demo data has no invoice on account with an order")
    expect(invoice.number).toMatch(INVOICE_NUMBER)

    const page = await admin.open(`/app/orders/${invoice.order_id}`)
    await page.getByRole("heading", { name: `#${invoice.order_display_id}` }).waitFor()
    await page.getByRole("heading", { name: "Invoices", level: 2 }).waitFor()
    await page.getByRole("link", { name: invoice.number, exact: true }).waitFor()
    await page.getByText(shown(invoice.total, invoice.currency_code), { exact: true }).first().waitFor()
    await page
      .getByText(/^Paid .* · Open /)
      .first()
      .waitFor()
  })

  it("shows the Receivables page: KPI tiles with their figures, the aging and the most overdue companies", async () => {
    const page = await admin.open("/app/orders")
    await page.getByRole("link", { name: "Receivables" }).click()
    await page.getByRole("heading", { name: "Receivables", level: 1 }).waitFor()
    await page.getByRole("heading", { name: "Collection KPIs" }).waitFor()
    await page.getByRole("heading", { name: "EUR", level: 3 }).first().waitFor()
    await page.getByText("DSO", { exact: true }).first().waitFor()
    await page
      .getByRole("heading", { name: /^\d+\.\d days$/ })
      .first()
      .waitFor()
    await page.getByRole("heading", { name: "Aging" }).waitFor()
    await page.getByRole("heading", { name: "Most overdue companies" }).waitFor()
    // On hold for invoices more than 60 days overdue: it must be among them.
    await page.getByRole("link", { name: "Garage Leroy" }).waitFor()
    expect(await page.locator("main").textContent()).toMatch(MONEY)
  })

  it("lists the issued invoices with their numbers and totals on the Invoices page", async () => {
    const api = await admin.api()
    const { invoices, count } = await api<{ invoices: Invoice[]; count: number }>("/admin/invoices?limit=20")
    expect(count).toBeGreaterThan(0)

    const page = await admin.open("/app/orders")
    await page.getByRole("link", { name: "Invoices" }).click()
    await page.getByRole("heading", { name: "Invoices", level: 1 }).waitFor()
    const newest = invoices[0]
    await page.getByRole("link", { name: newest.number, exact: true }).waitFor()
    const numbers = await page.getByRole("link", { name: /^INV-/ }).allTextContents()
    expect(numbers.length).toBe(Math.min(count, 20))
    for (const number of numbers) expect(number).toMatch(INVOICE_NUMBER)
    await page.getByText(shown(newest.total, newest.currency_code), { exact: true }).first().waitFor()
  })

  it("lists the overdue demo companies on the Collections page, and previews a dunning run without writing it", async () => {
    const api = await admin.api()
    const { collections } = await api<{ collections: CollectionRow[] }>("/admin/collections?limit=50")
    const { companies } = await api<{ companies: Company[] }>("/admin/companies?limit=100")
    const demo = collections.find((c) => DEMO_COMPANIES.includes(c.company_name))
    if (!demo) throw new Error("no demo company has anything overdue on /admin/collections")
    const runsBefore = (await api<{ count: number }>("/admin/dunning-runs?limit=1")).count

    const page = await admin.open("/app/orders")
    await page.getByRole("link", { name: "Collections", exact: true }).click()
    await page.getByRole("heading", { name: "Collections", level: 1 }).waitFor()
    const row = page
      .getByTestId("collections-table")
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: demo.company_name, exact: true }) })
    await row.waitFor()
    const overdue = demo.amounts[0]
    expect(await row.getByTestId("collections-overdue").textContent()).toContain(
      shown(overdue.overdue, overdue.currency_code)
    )
    for (const heading of ["Awaiting approval", "Failed deliveries", "Charges to decide"]) {
      await page.getByRole("heading", { name: heading, level: 2 }).waitFor()
    }

    // Tomorrow, the latest day a run may be dated: what the API's own dry run says is what the drawer lists.
    const asOf = calendarDay(1)
    const dryRun = await page.request.post(new URL("/admin/dunning-runs", page.url()).toString(), {
      data: { as_of: asOf, dry_run: true },
    })
    expect(dryRun.status()).toBe(200)
    const expected = (await dryRun.json()) as { reminders: { company_id: string; level: number }[] }
    await page.getByTestId("dunning-run-open").click()
    const drawer = page.getByTestId("dunning-run")
    await drawer.getByTestId("dunning-run-as-of").fill(asOf)
    await drawer.getByTestId("dunning-run-preview-button").click()
    const preview = drawer.getByTestId("dunning-run-preview")
    await preview.waitFor()
    const count = expected.reminders.length
    expect(await preview.textContent()).toContain(
      `${count} ${count === 1 ? "reminder" : "reminders"} would be written`
    )
    const rows = drawer.getByTestId("dunning-run-preview-row")
    expect(await rows.count()).toBe(count)
    if (count) {
      const first = expected.reminders[0]
      const name = companies.find((c) => c.id === first.company_id)?.name ?? first.company_id
      expect(await rows.first().textContent()).toContain(name)
      expect(await rows.first().textContent()).toContain(`Level ${first.level} · `)
      expect(await rows.first().textContent()).toMatch(MONEY)
    }
    expect((await api<{ count: number }>("/admin/dunning-runs?limit=1")).count).toBe(runsBefore)
  })

  it("shows the French dunning policy with its four levels, and previews a level's letter as a PDF", async () => {
    const page = await admin.open("/app/settings/dunning-policies")
    await page.getByRole("heading", { name: "Dunning policies", level: 1 }).waitFor()
    const row = page.getByTestId("dunning-policy-row").filter({ hasText: "Relances B2B (France)" })
    await row.waitFor()
    await row.getByText("Default", { exact: true }).waitFor()
    expect(await row.getByTestId("dunning-policy-level").allTextContents()).toEqual([
      expect.stringMatching(/^1\. Courtesy notice \(−3 d/),
      expect.stringMatching(/^2\. First reminder \(\+7 d/),
      expect.stringMatching(/^3\. Second reminder \(\+21 d/),
      expect.stringMatching(/^4\. Formal notice \(\+45 d/),
    ])
    await page.getByRole("heading", { name: "Late-payment rates" }).waitFor()

    await row.getByRole("button", { name: "Edit" }).click()
    const drawer = page.getByTestId("dunning-policy-drawer")
    await drawer.getByTestId("level-row-3").waitFor()
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/admin/dunning-policies/preview")),
      drawer.getByTestId("level-1-preview").click(),
    ])
    expect(response.status()).toBe(200)
    expect(response.headers()["content-type"]).toContain("application/pdf")
    const frame = drawer.getByTestId("level-1-preview-pdf")
    await frame.waitFor()
    expect(await frame.getAttribute("src")).toMatch(/^blob:/)
  })

  it("shows a demo company's reminders in its Dunning section, each with its letter", async () => {
    const api = await admin.api()
    const { companies } = await api<{ companies: Company[] }>("/admin/companies?limit=100")
    let chased: { company: Company; dunning: CompanyDunning } | undefined
    for (const company of companies.filter((c) => DEMO_COMPANIES.includes(c.name))) {
      const dunning = await api<CompanyDunning>(`/admin/companies/${company.id}/dunning`)
      if (dunning.reminders.length) chased = { company, dunning }
    }
    if (!chased) throw new Error("no demo company has a dunning reminder")

    const page = await admin.open(`/app/companies/${chased.company.id}`)
    const section = page.getByTestId("company-dunning")
    await section.getByRole("heading", { name: "Dunning", level: 2 }).waitFor()
    const rows = section.locator('[data-testid="dunning-timeline-row"][data-kind="reminder"]')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(chased.dunning.reminders.length)
    const text = (await rows.allTextContents()).join("\n")
    for (const reminder of chased.dunning.reminders) {
      expect(text).toContain(`Reminder · level ${reminder.level} (${reminder.level_name})`)
      expect(text).toContain(reminder.subject)
    }
    // The letter opens with the admin's session, as a PDF.
    const href = await rows.first().getByRole("link", { name: "PDF" }).getAttribute("href")
    const pdf = await page.request.get(new URL(href ?? "", page.url()).toString())
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()["content-type"]).toContain("application/pdf")
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")
  })

  it("shows an invoice's dunning level on its order's page", async () => {
    const api = await admin.api()
    const { invoices } = await api<{ invoices: (Invoice & { id: string })[] }>("/admin/invoices?limit=100")
    let reminded: { invoice: Invoice; dunning: InvoiceDunning } | undefined
    for (const invoice of invoices.filter((i) => i.order_id && i.receivable)) {
      const dunning = await api<InvoiceDunning>(`/admin/invoices/${invoice.id}/dunning`)
      if (dunning.level > 0) {
        reminded = { invoice, dunning }
        break
      }
    }
    if (!reminded) throw new Error("the demo data has no reminded invoice with an order")

    const page = await admin.open(`/app/orders/${reminded.invoice.order_id}`)
    const widget = page.getByTestId("order-dunning")
    await widget.getByRole("heading", { name: "Dunning", level: 2 }).waitFor()
    const row = widget.getByTestId("order-dunning-invoice").filter({ hasText: reminded.invoice.number })
    const { level, reminders } = reminded.dunning
    const name = reminders.find((r) => r.level === level)?.level_name
    expect(await row.getByTestId("order-dunning-level").textContent()).toBe(
      `Dunning level ${level}${name ? ` (${name})` : ""}`
    )
  })
})
