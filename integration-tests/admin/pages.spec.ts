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
})
