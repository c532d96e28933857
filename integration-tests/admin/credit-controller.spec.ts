import BigNumber from "bignumber.js"
import type { Locator, Page } from "playwright-core"
import { eventually } from "../helpers/b2b"
import { watchConsole } from "./browser"
import { adminBrowser, adminRequests, ownCompany, unique } from "./harness"

/**
 * The credit controller's day in the admin (issue 11), as the demo admin
 * sees it on the built dashboard: what each page shows, what it asks before
 * a change, and, through the admin API, that the change was made (or not).
 *
 * Other browser specs read the demo companies and their gauges: every flow
 * that writes works on a company (and payment terms) of its own, created
 * here through the API; the demo data is only read.
 */

jest.setTimeout(180_000)

const EUR = (value: string | number) => `${new BigNumber(value).toFormat(2)} EUR`

type Company = {
  id: string
  name: string
  status: string
  billing_email: string
  credit_limit: number | string | null
  payment_term_id: string | null
}
type PaymentTerm = { id: string; code: string; name: string; version: number }

async function ownPaymentTerm(request: Awaited<ReturnType<typeof adminRequests>>, days: number) {
  const tag = unique()
  const { payment_term } = await request<{ payment_term: PaymentTerm }>("POST", "/admin/payment-terms", {
    code: `browser_net_${days}_${tag}`,
    name: `Browser net ${days} ${tag}`,
    instalments: [{ portion_percent: 100, rule: { type: "days_after_invoice", days } }],
  })
  return payment_term
}

/** The toast the dashboard shows (Medusa UI's toaster). */
const toast = (page: Page, text: string | RegExp) =>
  page.locator("[data-sonner-toast]").filter({ hasText: text }).first()

/** Medusa UI's confirmation (usePrompt, Prompt): an alert dialog with its title. */
const confirmation = (page: Page, title: string) =>
  page.getByRole("alertdialog").filter({ has: page.getByRole("heading", { name: title, exact: true }) })

const enabled = (locator: Locator) => locator.and(locator.page().locator(":enabled")).waitFor()
const disabled = (locator: Locator) => locator.and(locator.page().locator(":disabled")).waitFor()

/**
 * For a flow that ends in a refusal the page shows where it belongs: opens
 * `path` (the harness checks its load), then runs the flow in a second tab of
 * the same session that the harness does not watch, because Chromium logs
 * every 4xx answer as "Failed to load resource". That tab's console is
 * checked here instead: only the expected refusal (POST `refusedPath`
 * answered 400, `times` times) may appear.
 */
async function withExpectedRefusal(
  admin: ReturnType<typeof adminBrowser>,
  path: string,
  refusal: { refusedPath: string; times: number },
  flow: (page: Page) => Promise<void>
) {
  const baseUrl = process.env.O2C_ADMIN_URL!
  const loaded = await admin.open(path)
  const page = await loaded.context().newPage()
  const watch = watchConsole(page, baseUrl)
  try {
    await page.goto(`${baseUrl}${path}`)
    await flow(page)
  } finally {
    await page.close()
  }
  const refused = `Failed to load resource: the server responded with a status of 400 (Bad Request) (${baseUrl}${refusal.refusedPath})`
  const problems = watch.problems()
  expect(problems.filter((p) => p.endsWith(refused))).toHaveLength(refusal.times)
  expect(problems.filter((p) => !p.endsWith(refused))).toEqual([])
}

async function openCompany(admin: ReturnType<typeof adminBrowser>, company: Company) {
  const page = await admin.open(`/app/companies/${company.id}`)
  await page.getByRole("heading", { name: company.name, level: 1 }).waitFor()
  return page
}

describe("the credit controller's pages (issue 11), on the built admin", () => {
  const admin = adminBrowser()
  let request: Awaited<ReturnType<typeof adminRequests>>
  /** How the timeline and the hold banner name the demo admin: name, else e-mail. */
  let adminShownAs: string

  beforeAll(async () => {
    request = await adminRequests(process.env.O2C_ADMIN_URL!)
    const { user } = await request<{
      user: { first_name: string | null; last_name: string | null; email: string }
    }>("GET", "/admin/users/me")
    adminShownAs = [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
  })

  const companyNow = async (id: string) =>
    (await request<{ company: Company }>("GET", `/admin/companies/${id}`)).company

  it("asks a reason for a new limit, confirms a lowering, times it with who and why, and a cancelled removal keeps the line", async () => {
    const company = await ownCompany<Company>(request)
    const page = await openCompany(admin, company)

    await page.getByTestId("credit-limit").fill("3000")
    await disabled(page.getByTestId("credit-limit-set"))
    const reason = `Two invoices paid late ${unique()}`
    await page.getByTestId("credit-limit-reason").fill(reason)
    await enabled(page.getByTestId("credit-limit-set"))
    await page.getByTestId("credit-limit-set").click()

    const lower = confirmation(page, `Lower the limit of ${company.name}?`)
    await lower.waitFor()
    await lower.getByRole("button", { name: "Lower limit" }).click()
    await toast(page, `Credit limit of ${company.name} set to ${EUR(3000)}`).waitFor()
    await eventually(async () => expect(Number((await companyNow(company.id)).credit_limit)).toBe(3000))

    const newest = page.getByTestId("credit-timeline-row").first()
    await newest.filter({ hasText: reason }).waitFor()
    const who = (await newest.getByTestId("credit-timeline-who").textContent())?.trim()
    expect(who).toBe(adminShownAs)
    expect(who).not.toMatch(/^user_/)

    await page.getByTestId("credit-limit-reason").fill("Closing the account")
    await page.getByTestId("credit-limit-remove").click()
    const remove = confirmation(page, `Remove the credit line of ${company.name}?`)
    await remove.waitFor()
    await remove.getByRole("button", { name: "Cancel" }).click()
    await remove.waitFor({ state: "detached" })
    expect(Number((await companyNow(company.id)).credit_limit)).toBe(3000)
    await page.getByTestId("credit-limit-remove").waitFor()
  })

  it("changes the payment term only when saved with a reason", async () => {
    const [from, to] = [await ownPaymentTerm(request, 30), await ownPaymentTerm(request, 45)]
    const company = await ownCompany<Company>(request, { payment_term_id: from.id })
    const page = await openCompany(admin, company)

    const form = page.getByTestId("payment-term-form")
    await form.getByRole("combobox").click()
    await page.getByRole("option", { name: to.name, exact: true }).click()
    await page.getByTestId("payment-term-reason").waitFor()
    await disabled(page.getByTestId("payment-term-save"))
    expect((await companyNow(company.id)).payment_term_id).toBe(from.id)

    await page.getByTestId("payment-term-reason").fill("Agreed at the annual review")
    await page.getByTestId("payment-term-save").click()
    await toast(page, `Payment term of ${company.name} changed to ${to.name}`).waitFor()
    await eventually(async () => expect((await companyNow(company.id)).payment_term_id).toBe(to.id))
    await page.getByTestId("payment-term-save").waitFor({ state: "detached" })
  })

  it("puts a company on hold with an internal note and a buyer message apart, shows the hold, and releases it", async () => {
    const company = await ownCompany<Company>(request)
    const page = await openCompany(admin, company)
    await page
      .getByTestId("exposure-gauge-available")
      .filter({ hasText: /^Available / })
      .waitFor()

    await page.getByTestId("hold-drawer-open").click()
    const drawer = page.getByTestId("hold-drawer")
    await drawer.getByText("Internal note (not shown to the buyer)", { exact: true }).waitFor()
    await drawer.getByText("Message to the buyer (optional, shown at checkout)", { exact: true }).waitFor()
    await disabled(page.getByTestId("hold-drawer-submit"))
    const note = `Cheque bounced ${unique()}`
    const buyerMessage = "Please call us on 04 72 00 00 00 about your account"
    await page.getByTestId("hold-note").fill(note)
    await page.getByTestId("hold-buyer-message").fill(buyerMessage)
    await enabled(page.getByTestId("hold-drawer-submit"))
    await page.getByTestId("hold-drawer-submit").click()
    await toast(page, `${company.name} is on hold: pay on account is refused`).waitFor()

    await page.getByTestId("hold-banner").waitFor()
    expect(await page.getByTestId("hold-since").textContent()).toMatch(
      new RegExp(`^Since .+ · by ${adminShownAs}$`)
    )
    expect(await page.getByTestId("hold-note-shown").textContent()).toContain(note)
    expect(await page.getByTestId("hold-buyer-message-shown").textContent()).toContain(buyerMessage)
    expect(await page.getByTestId("exposure-gauge").getAttribute("data-blocked")).toBe("true")
    expect(await page.getByTestId("exposure-gauge-available").textContent()).toBe("Blocked: on hold")
    expect((await companyNow(company.id)).status).toBe("on_hold")

    await page.getByTestId("release-drawer-open").click()
    await disabled(page.getByTestId("release-drawer-submit"))
    await page.getByTestId("release-reason").fill("Paid in full by transfer")
    await page.getByTestId("release-drawer-submit").click()
    await toast(page, `Hold on ${company.name} released`).waitFor()
    await page.getByTestId("hold-banner").waitFor({ state: "detached" })
    await page
      .getByTestId("exposure-gauge-available")
      .filter({ hasText: /^Available / })
      .waitFor()
    expect(await page.getByTestId("exposure-gauge").getAttribute("data-blocked")).toBe("false")
    expect((await companyNow(company.id)).status).toBe("active")
  })

  it("shows the demo's Garage Leroy on hold as soon as its page loads", async () => {
    const { companies } = await request<{ companies: Company[] }>("GET", "/admin/companies?q=Garage%20Leroy")
    const leroy = companies.find((c) => c.name === "Garage Leroy")
    if (!leroy) throw new Error("the demo data has no Garage Leroy")
    expect(leroy.status).toBe("on_hold")

    const page = await openCompany(admin, leroy)
    await page.getByTestId("hold-banner").waitFor()
    expect(await page.getByTestId("hold-since").textContent()).toMatch(/^Since /)
    expect(await page.getByTestId("hold-note-shown").textContent()).toMatch(
      /^Internal note \(not shown to the buyer\): \S/
    )
    expect(await page.getByTestId("exposure-gauge-available").textContent()).toBe("Blocked: on hold")
  })

  it("lists payments from the sidebar, filters unapplied cash with its totals, and asks before allocating it", async () => {
    const company = await ownCompany<Company>(request)
    const { payment } = await request<{ payment: { id: string } }>("POST", "/admin/receivables/payments", {
      company_id: company.id,
      amount: "250.00",
      method: "bank_transfer",
      reference: `VIR ${unique()}`,
    })

    const page = await admin.open("/app/orders")
    await page.getByRole("link", { name: "Payments", exact: true }).click()
    await page.getByRole("heading", { name: "Payments", level: 1 }).waitFor()

    await page.getByTestId("payments-unapplied-only").click()
    await page.waitForURL(/unapplied_only=true/)
    const unappliedAll = await request<{ totals: { currency_code: string; unapplied: string }[] }>(
      "GET",
      "/admin/receivables/payments?unapplied_only=true"
    )
    const eurUnapplied = unappliedAll.totals.find((t) => t.currency_code === "eur")!
    await page
      .getByTestId("payments-total-unapplied-eur")
      .filter({ hasText: EUR(eurUnapplied.unapplied) })
      .waitFor()

    await page.getByTestId("payments-company-filter").click()
    await page.getByRole("option", { name: company.name, exact: true }).click()
    await page.waitForURL(new RegExp(`company_id=${company.id}`))
    await page
      .getByTestId("payments-total-received-eur")
      .filter({ hasText: EUR(250) })
      .waitFor()
    await page
      .getByTestId("payments-total-allocated-eur")
      .filter({ hasText: EUR(0) })
      .waitFor()
    await page
      .getByTestId("payments-total-unapplied-eur")
      .filter({ hasText: EUR(250) })
      .waitFor()
    expect(await page.getByTestId(`payment-unapplied-${payment.id}`).textContent()).toBe(EUR(250))

    // Allocating asks first, with what is left of the payment; cancelled, nothing moves.
    await page.getByTestId(`allocate-payment-${payment.id}`).click()
    const allocate = page
      .getByRole("alertdialog")
      .filter({ hasText: `Its ${EUR(250)} left will settle the oldest open items first.` })
    await allocate.getByRole("heading", { name: /^Allocate the payment of / }).waitFor()
    await allocate.getByRole("button", { name: "Cancel" }).click()
    await allocate.waitFor({ state: "detached" })
    const after = await request<{ payments: { id: string; unapplied: string }[] }>(
      "GET",
      `/admin/receivables/payments?company_id=${company.id}`
    )
    expect(Number(after.payments.find((p) => p.id === payment.id)?.unapplied)).toBe(250)
  })

  it("sends a statement for the last 90 days to the billing e-mail, refusing a bad recipient where it was typed", async () => {
    const company = await ownCompany<Company>(request)
    const refusal = { refusedPath: `/admin/companies/${company.id}/statement/send`, times: 1 }
    await withExpectedRefusal(admin, `/app/companies/${company.id}`, refusal, async (page) => {
      await page.getByTestId("statement-drawer-trigger").click()
      const from = await page.getByTestId("statement-from").inputValue()
      const to = await page.getByTestId("statement-to").inputValue()
      expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1
      expect(days).toBe(90)
      expect(await page.getByTestId("statement-recipient").inputValue()).toBe(company.billing_email)

      await page.getByTestId("statement-recipient").fill("compta@")
      await page.getByTestId("statement-send").click()
      await page.getByTestId("statement-recipient-error").waitFor()
      expect(await page.getByTestId("statement-recipient").getAttribute("aria-invalid")).toBe("true")

      await page.getByTestId("statement-recipient").fill(company.billing_email)
      await page.getByTestId("statement-recipient-error").waitFor({ state: "detached" })
      await page.getByTestId("statement-send").click()
      await toast(page, `sent to ${company.billing_email}`).waitFor()
      await page.getByTestId("credit-timeline-row").first().filter({ hasText: "Statement sent" }).waitFor()
    })
    const { credit_events } = await request<{ credit_events: { type: string }[] }>(
      "GET",
      `/admin/companies/${company.id}/credit-history`
    )
    expect(credit_events.filter((e) => e.type === "statement_sent")).toHaveLength(1)
  })

  it("refuses an amount that is not one when recording a payment, once, under the field", async () => {
    const company = await ownCompany<Company>(request)
    const page = await openCompany(admin, company)

    await page.getByTestId("record-payment-trigger").click()
    await page.getByTestId("payment-amount").fill("abc")
    await page.getByTestId("payment-submit").click()
    await page.getByTestId("payment-error-amount").waitFor()
    expect(await page.getByTestId("payment-error-amount").count()).toBe(1)
    const { count } = await request<{ count: number }>(
      "GET",
      `/admin/receivables/payments?company_id=${company.id}`
    )
    expect(count).toBe(0)
  })

  it("refuses a payment term over the legal maximum, saves it within, versions an edit, and deletes it unused", async () => {
    const { max_payment_term_days: maxDays } = await request<{ max_payment_term_days: number }>(
      "GET",
      "/admin/payment-terms"
    )
    const code = `browser_${unique()}`
    const name = `Browser term ${code}`
    const refusal = { refusedPath: "/admin/payment-terms", times: 1 }
    await withExpectedRefusal(admin, "/app/settings/payment-terms", refusal, async (page) => {
      await page.getByRole("heading", { name: "Payment terms", level: 1 }).waitFor()

      await page.getByTestId("payment-term-create").click()
      const drawer = page.getByTestId("payment-term-drawer")
      await drawer.waitFor()
      await page.getByTestId("payment-term-code").fill(code)
      await page.getByTestId("payment-term-name").fill(name)
      await page.getByTestId("instalment-portion-0").fill("100")
      await page.getByTestId("instalment-count-0").fill("90")
      await page.getByTestId("payment-term-save").click()
      const error = page.getByTestId("payment-term-error")
      await error.waitFor()
      expect(await error.textContent()).toBe(
        `This payment term can fall due 90 days after the invoice date; the maximum is ${maxDays} days (or 45 days end of month), Code de commerce L441-10.`
      )
      const refused = await request<{ payment_terms: PaymentTerm[] }>("GET", `/admin/payment-terms?q=${code}`)
      expect(refused.payment_terms.filter((t) => t.code === code)).toHaveLength(0)

      await page.getByTestId("instalment-count-0").fill("30")
      await page.getByTestId("payment-term-save").click()
      await toast(page, `Payment term "${name}" saved`).waitFor()
      await drawer.waitFor({ state: "detached" })
      const row = page.getByTestId(`payment-term-row-${code}`)
      await row.filter({ hasText: "30 days after the invoice date" }).waitFor()

      await page.getByTestId(`payment-term-actions-${code}`).click()
      await page.getByTestId(`payment-term-edit-${code}`).click()
      await page.getByTestId("payment-term-version-note").waitFor()
      await page.getByTestId("instalment-count-0").fill("45")
      await page.getByTestId("payment-term-save").click()
      await toast(page, `Payment term "${name}" saved (version 2)`).waitFor()
      await row.filter({ hasText: "45 days after the invoice date" }).filter({ hasText: "v2" }).waitFor()
      const edited = await request<{ payment_terms: PaymentTerm[] }>("GET", `/admin/payment-terms?q=${code}`)
      const term = edited.payment_terms.find((t) => t.code === code)!
      expect(term.version).toBe(2)
      expect(
        (await request<{ payment_term: PaymentTerm }>("GET", `/admin/payment-terms/${term.id}`)).payment_term
          .version
      ).toBe(2)

      await page.getByTestId(`payment-term-actions-${code}`).click()
      await page.getByTestId(`payment-term-delete-${code}`).click()
      const remove = confirmation(page, `Delete payment term "${name}"?`)
      await remove.filter({ hasText: `No company or invoice uses "${name}"` }).waitFor()
      await remove.getByRole("button", { name: "Delete" }).click()
      await toast(page, `Payment term "${name}" deleted`).waitFor()
      await row.waitFor({ state: "detached" })
    })
    const after = await request<{ payment_terms: PaymentTerm[] }>("GET", "/admin/payment-terms?limit=200")
    expect(after.payment_terms.map((t) => t.code)).not.toContain(code)
  })

  it("says on the Order-to-cash settings page which features are planned and which are enabled", async () => {
    const page = await admin.open("/app/settings/o2c")
    await page.getByTestId("o2c-features").waitFor()
    expect(await page.getByTestId("o2c-feature-reconciliation").textContent()).toContain(
      "Planned: not in this version"
    )
    expect(await page.getByTestId("o2c-feature-dunning").textContent()).toContain("Enabled")
    expect(await page.getByTestId("o2c-feature-invoicing").textContent()).toContain("Enabled")
  })

  it("on a fully invoiced order on account: Invoice now disabled with the reason, and Pay on account as its method", async () => {
    const { invoices } = await request<{ invoices: { order_id: string | null; receivable?: unknown }[] }>(
      "GET",
      "/admin/invoices?limit=100"
    )
    type Invoicing = {
      left_to_invoice: unknown
      nothing_left_reason: string | null
      payment_methods: { label: string }[]
    }
    let order: { id: string; invoicing: Invoicing } | undefined
    for (const invoice of invoices.filter((i) => i.order_id && i.receivable)) {
      const invoicing = await request<Invoicing>("GET", `/admin/orders/${invoice.order_id}/invoices`)
      if (invoicing.nothing_left_reason) {
        order = { id: invoice.order_id!, invoicing }
        break
      }
    }
    if (!order) throw new Error("the demo data has no fully invoiced order on account")
    expect(order.invoicing.payment_methods.map((m) => m.label)).toContain("Pay on account")

    const page = await admin.open(`/app/orders/${order.id}`)
    await disabled(page.getByTestId("order-invoice-now"))
    expect(await page.getByTestId("order-nothing-left-to-invoice").textContent()).toBe(
      order.invoicing.nothing_left_reason
    )
    expect(await page.getByTestId("order-payment-method").textContent()).toContain("Pay on account")
  })

  it("sums what is open on the listed invoices as the API does, and filters by credited statuses", async () => {
    type Listed = { currency_code: string; receivable?: { open: string | number } | null }
    const invoices: Listed[] = []
    for (let count = Infinity; invoices.length < count; ) {
      const page = await request<{ invoices: Listed[]; count: number }>(
        "GET",
        `/admin/invoices?limit=100&offset=${invoices.length}`
      )
      invoices.push(...page.invoices)
      count = page.invoices.length ? page.count : invoices.length
    }
    const open = invoices
      .filter((i) => i.currency_code === "eur" && i.receivable)
      .reduce((sum, i) => sum.plus(i.receivable!.open), new BigNumber(0))
    const openInvoices = invoices.filter((i) => i.receivable && new BigNumber(i.receivable.open).gt(0)).length

    const page = await admin.open("/app/invoices")
    await page.getByRole("heading", { name: "Invoices", level: 1 }).waitFor()
    const summary = page.getByTestId("invoice-open-summary")
    await summary.waitFor()
    expect(await summary.textContent()).toBe(
      `Open ${EUR(open.toString())} on ${openInvoices} invoice${openInvoices === 1 ? "" : "s"}`
    )

    await page
      .locator("label", { hasText: /^Status$/ })
      .locator("xpath=..")
      .getByRole("combobox")
      .click()
    await page.getByRole("option", { name: "Partially credited", exact: true }).waitFor()
    await page.getByRole("option", { name: "Credited", exact: true }).waitFor()
    await page.keyboard.press("Escape")
  })
})
