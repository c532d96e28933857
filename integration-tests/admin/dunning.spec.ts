import type { Page } from "playwright-core"
import { eventually } from "../helpers/b2b"
import { watchConsole } from "./browser"
import { adminBrowser, adminRequests, ownCompany, unique } from "./harness"

/**
 * The credit controller's dunning screens (issue 13) that write: notes and
 * follow-ups, a company's dunning account, a new policy made with the level
 * editor. Each works on records of its own (a company, a policy) created
 * here; the demo data is only read (pages.spec.ts reads it).
 */

jest.setTimeout(180_000)

type CompanyDunning = {
  account: { paused: boolean; in_insolvency: boolean }
  disputes: unknown[]
  activities: { id: string; type: string; body: string; due_date: string | null; done_at: string | null }[]
}
type Policy = {
  id: string
  name: string
  is_default: boolean
  levels: { level: number; name: string; offset_days: number; templates: Record<string, { body: string }> }[]
}

/** A calendar day `offset` days from today, "YYYY-MM-DD", as the admin's date inputs take it. */
const calendarDay = (offset: number) => {
  const now = new Date()
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
}

/** The toast the dashboard shows (Medusa UI's toaster). */
const toast = (page: Page, text: string | RegExp) =>
  page.locator("[data-sonner-toast]").filter({ hasText: text }).first()

/** Picks an option of a Medusa UI select (Radix) opened by its trigger's test id. */
async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

describe("the credit controller's dunning screens (issue 13), on the built admin", () => {
  const admin = adminBrowser()
  let request: Awaited<ReturnType<typeof adminRequests>>

  beforeAll(async () => {
    request = await adminRequests(process.env.O2C_ADMIN_URL!)
  })

  it("records a follow-up in a company's Dunning section, marks it done, and pauses the company's dunning", async () => {
    const company = await ownCompany(request)
    const { tag } = company
    const dunningOf = () => request<CompanyDunning>("GET", `/admin/companies/${company.id}/dunning`)

    const page = await admin.open(`/app/companies/${company.id}`)
    const section = page.getByTestId("company-dunning")
    await section.getByText("Nothing overdue as of").waitFor()
    await section.getByText("No reminder, dispute, promise or note yet.").waitFor()

    // A follow-up: a call to make in two days.
    const due = calendarDay(2)
    await page.getByTestId("dunning-activity-open").click()
    const drawer = page.getByTestId("dunning-activity")
    await choose(page, "dunning-activity-type", "Call")
    await drawer.getByTestId("dunning-activity-body").fill(`Call the accountant about order ${tag}`)
    await drawer.getByTestId("dunning-activity-due").fill(due)
    await drawer.getByTestId("dunning-activity-submit").click()
    await toast(page, `Follow-up due ${due} added`).waitFor()
    const row = section.locator('[data-testid="dunning-timeline-row"][data-kind="activity"]')
    await row.getByText(`Call the accountant about order ${tag}`).waitFor()
    await row.getByText(`Follow up by ${due}`).waitFor()
    await row.getByText("To do", { exact: true }).waitFor()
    const [activity] = (await dunningOf()).activities
    expect(activity).toMatchObject({ type: "call", due_date: due, done_at: null })

    await row.getByRole("button", { name: "Done" }).click()
    await row.getByText("Done", { exact: true }).waitFor()
    await eventually(async () => expect((await dunningOf()).activities[0].done_at).not.toBeNull())

    // Pausing is saved as switched.
    await page.getByTestId("dunning-paused").click()
    await toast(page, "Dunning paused for this company").waitFor()
    await eventually(async () => expect((await dunningOf()).account).toMatchObject({ paused: true }))

    // A dispute needs one of the company's open invoices: it has none, and nothing is sent.
    await page.getByTestId("dunning-dispute-open").click()
    const dispute = page.getByTestId("dunning-dispute")
    await dispute.getByText(`${company.name} has no open invoice.`).waitFor()
    await dispute.getByTestId("dunning-dispute-submit").click()
    await dispute.getByTestId("dunning-dispute-error").getByText("Choose the invoice disputed.").waitFor()
    expect((await dunningOf()).disputes).toEqual([])
  })

  it("creates a dunning policy with the level editor, after showing the API's refusal of an unknown letter field", async () => {
    const baseUrl = process.env.O2C_ADMIN_URL!
    const name = `Browser ladder ${unique()}`
    const loaded = await admin.open("/app/settings/dunning-policies")
    await loaded.getByRole("heading", { name: "Dunning policies", level: 1 }).waitFor()
    // The refusal is a 400, which Chromium logs: this flow runs in a tab the harness does not watch.
    const page = await loaded.context().newPage()
    const watch = watchConsole(page, baseUrl)
    try {
      await page.goto(`${baseUrl}/app/settings/dunning-policies`)
      await page.getByTestId("dunning-policy-create").click()
      const drawer = page.getByTestId("dunning-policy-drawer")
      await drawer.getByTestId("letter-fields").getByText("{{oldest_due_date}}").waitFor()
      await drawer.getByTestId("dunning-policy-name").fill(name)
      await drawer.getByTestId("level-0-name").fill("Friendly reminder")
      await drawer.getByTestId("level-0-offset_days").fill("5")
      await drawer.getByTestId("level-0-subject").fill("Rappel – {{company_name}}")
      await drawer.getByTestId("level-0-body").fill("{{invoice_count}} facture(s), {{total_open}}, {{foo}}.")
      await choose(page, "level-0-language", "English (en)")
      await drawer.getByTestId("level-0-subject").fill("Reminder – {{company_name}}")
      await drawer.getByTestId("level-0-body").fill("{{invoice_count}} invoice(s), {{total_open}}.")

      await drawer.getByTestId("dunning-policy-save").click()
      const error = drawer.getByTestId("dunning-policy-error")
      await error.getByText(/uses \{\{foo\}\}, which is not a field/).waitFor()
      expect(await error.textContent()).toContain("the fields are company_name")
      const before = await request<{ dunning_policies: Policy[] }>("GET", "/admin/dunning-policies")
      expect(before.dunning_policies.map((p) => p.name)).not.toContain(name)

      await choose(page, "level-0-language", "French (fr)")
      await drawer.getByTestId("level-0-body").fill("{{invoice_count}} facture(s), {{total_open}}.")
      await drawer.getByTestId("dunning-policy-save").click()
      await toast(page, `Dunning policy "${name}" saved`).waitFor()
      await page
        .getByTestId("dunning-policy-row")
        .filter({ hasText: name })
        .getByText("1. Friendly reminder (+5 d, email)")
        .waitFor()
    } finally {
      await page.close()
    }
    const refused = `Failed to load resource: the server responded with a status of 400 (Bad Request) (${baseUrl}/admin/dunning-policies)`
    const problems = watch.problems()
    expect(problems.filter((p) => p.endsWith(refused))).toHaveLength(1)
    expect(problems.filter((p) => !p.endsWith(refused))).toEqual([])

    const { dunning_policies } = await request<{ dunning_policies: Policy[] }>(
      "GET",
      "/admin/dunning-policies"
    )
    const saved = dunning_policies.find((p) => p.name === name)
    expect(saved).toMatchObject({
      is_default: false,
      levels: [{ level: 1, name: "Friendly reminder", offset_days: 5 }],
    })
    expect(saved?.levels[0].templates.fr.body).toBe("{{invoice_count}} facture(s), {{total_open}}.")
    expect(saved?.levels[0].templates.en.body).toBe("{{invoice_count}} invoice(s), {{total_open}}.")
  })
})
