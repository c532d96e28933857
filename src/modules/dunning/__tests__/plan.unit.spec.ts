import type { HalfYearRates, InterestPeriod } from "../interest"
import { type CompanyLedgerView, type OpenInvoice, type PlanLevel, planCompany } from "../plan"

// The published figures, percent: ECB main refinancing rate on the half-year's first day and the
// French legal interest rate for professional creditors. Late rate = max(ECB + 10, 3 x legal):
// 2025S1 max(13.15, 11.13) = 13.15; 2025S2 max(12.15, 8.28) = 12.15; 2026S1 max(12.15, 7.86) = 12.15.
const RATES: HalfYearRates[] = [
  { starts_on: "2025-01-01", ecb_refinancing_rate: "3.15", legal_interest_rate: "3.71" },
  { starts_on: "2025-07-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.76" },
  { starts_on: "2026-01-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.62" },
]

const level = (over: Partial<PlanLevel> & Pick<PlanLevel, "level" | "offset_days" | "name">): PlanLevel => ({
  claim_indemnity: false,
  claim_interest: false,
  place_hold: false,
  needs_approval: false,
  ...over,
})
// Given out of order on purpose. The indemnity is first claimed at 3, interest at 4; 5 claims
// neither flag itself but stands above both.
const LEVELS: PlanLevel[] = [
  level({
    level: 4,
    name: "Formal notice",
    offset_days: 45,
    claim_indemnity: true,
    claim_interest: true,
    min_amount: { eur: "100" },
  }),
  level({ level: 1, name: "Courtesy", offset_days: -3 }),
  level({ level: 3, name: "Second reminder", offset_days: 21, claim_indemnity: true, min_amount: null }),
  level({ level: 2, name: "First reminder", offset_days: 7 }),
  level({ level: 5, name: "Collections", offset_days: 60, place_hold: true }),
]

const invoice = (over: Partial<OpenInvoice> = {}): OpenInvoice => ({
  invoice_id: "inv_a",
  invoice_number: "F-001",
  currency_code: "eur",
  due_date: "2025-06-01",
  open_amount: "1000.00",
  disputed: "0",
  promised: "0",
  settlements: [],
  last_level: 0,
  last_as_of: null,
  indemnity_claimed: false,
  ...over,
})
const company = (invoices: OpenInvoice[], over: Partial<CompanyLedgerView> = {}): CompanyLedgerView => ({
  in_insolvency: false,
  unallocated: {},
  invoices,
  ...over,
})
const plan = (c: CompanyLedgerView, asOf: string, rates = RATES) => planCompany(LEVELS, c, asOf, rates)

describe("planCompany: grouping", () => {
  it("one reminder per currency, at the highest level due among its invoices", () => {
    const result = plan(
      company([
        // Listed newest first: the reminder lists them by due date.
        invoice({
          invoice_id: "inv_b",
          invoice_number: "F-002",
          due_date: "2025-07-01",
          open_amount: "250.50",
        }),
        invoice({ last_level: 2, last_as_of: "2025-06-08" }),
        invoice({ invoice_id: "inv_c", invoice_number: "F-003", currency_code: "usd", open_amount: "80.00" }),
      ]),
      "2025-07-10"
    )
    expect(result.skipped).toBeNull()
    const summary = result.reminders.map((r) => ({
      currency: r.currency_code,
      level: r.level.level,
      name: r.level.name,
      items: r.items.map((i) => [i.invoice_id, i.level, i.days_late, i.chased_amount]),
      total_open: r.total_open,
    }))
    expect(summary).toEqual([
      {
        currency: "eur",
        level: 3,
        name: "Second reminder",
        // inv_a: 39 days late, had level 2 -> 3; inv_b: 9 days late, never reminded -> 2 (courtesy dropped).
        items: [
          ["inv_a", 3, 39, "1000.00"],
          ["inv_b", 2, 9, "250.50"],
        ],
        total_open: "1250.50",
      },
      // usd, never reminded, 39 days late: still the first reminder, not the level of the eur letter.
      {
        currency: "usd",
        level: 2,
        name: "First reminder",
        items: [["inv_c", 2, 39, "80.00"]],
        total_open: "80.00",
      },
    ])
  })

  it.each([
    // Per invoice one level at a time: 140 days late after the courtesy notice is still the first reminder.
    ["after a long pause, the next level only", { last_level: 1, last_as_of: "2025-05-29" }, "2025-10-19", 2],
    ["not yet due: the courtesy notice", {}, "2025-05-29", 1],
    ["second reminder not yet due", { last_level: 2, last_as_of: "2025-06-08" }, "2025-06-21", null],
    ["the same day run again sends nothing", { last_level: 2, last_as_of: "2025-06-22" }, "2025-06-22", null],
    ["top of the ladder", { last_level: 5, last_as_of: "2025-07-31" }, "2026-01-31", null],
  ])("%s", (_, over, asOf, expected) => {
    const result = plan(company([invoice(over)]), asOf)
    expect(result.reminders.map((r) => r.items.map((i) => i.level))).toEqual(expected ? [[expected]] : [])
  })
})

describe("planCompany: what is chased", () => {
  it.each([
    ["nothing disputed or promised", { open_amount: "1000.00" }, "1000.00"],
    ["partly paid: its remainder", { open_amount: "400.00" }, "400.00"],
    ["partly disputed and promised", { disputed: "300", promised: "200" }, "500.00"],
    ["fully disputed", { disputed: "1000" }, null],
    ["fully promised", { promised: "1000.00" }, null],
    ["disputed and promised beyond what is open", { disputed: "700", promised: "500" }, null],
  ])("%s -> %s", (_, over, chased) => {
    const result = plan(company([invoice(over)]), "2025-06-10")
    expect(result.reminders.map((r) => [r.items[0].chased_amount, r.total_open])).toEqual(
      chased ? [[chased, chased]] : []
    )
  })
})

describe("planCompany: unallocated cash", () => {
  // Overdue and chased: 1200 open less 200 disputed = 1000.
  const overdue = invoice({ open_amount: "1200.00", disputed: "200" })
  const notDue = invoice({ invoice_id: "inv_n", due_date: "2025-06-12", open_amount: "500.00" })
  it.each([
    ["cash equal to the overdue chased amount", [overdue], { eur: "1000.00" }, "unallocated_cash"],
    ["cash above it", [overdue], { eur: "5000" }, "unallocated_cash"],
    [
      "cash covering the overdue, an invoice not due yet",
      [overdue, notDue],
      { eur: "1000" },
      "unallocated_cash",
    ],
    ["cash one cent short", [overdue], { eur: "999.99" }, null],
    ["cash in another currency", [overdue], { usd: "5000" }, null],
    ["no cash", [overdue], {}, null],
    // Nothing overdue is chased: a small credit covers nothing, the courtesy notice still goes.
    [
      "everything overdue disputed, a small credit",
      [invoice({ disputed: "1000" }), notDue],
      { eur: "5" },
      null,
    ],
    // Nor does it hold back another currency's reminder.
    [
      "eur all disputed with a small eur credit, usd overdue",
      [invoice({ disputed: "1000" }), invoice({ invoice_id: "inv_u", currency_code: "usd" })],
      { eur: "5" },
      null,
    ],
  ])("%s", (_, invoices, unallocated, skipped) => {
    const result = plan(company(invoices, { unallocated }), "2025-06-10")
    expect(result.skipped).toBe(skipped)
    expect(result.reminders.length).toBe(skipped ? 0 : 1)
  })
})

describe("planCompany: the recovery indemnity", () => {
  it.each([
    ["at the first level claiming it", { last_level: 2 }, {}, "2025-06-22", 3, ["40.00"]],
    ["not at a level below it", { last_level: 1 }, {}, "2025-06-08", 2, []],
    ["not when already claimed", { last_level: 2, indemnity_claimed: true }, {}, "2025-06-22", 3, []],
    ["not in insolvency", { last_level: 2 }, { in_insolvency: true }, "2025-06-22", 3, []],
    ["not for a usd invoice", { last_level: 2, currency_code: "usd" }, {}, "2025-06-22", 3, []],
    // Not claimed at 3 (e.g. in insolvency then): the next level claiming it does.
    ["later, when not claimed before", { last_level: 3 }, {}, "2025-07-16", 4, ["40.00"]],
    // Level 5 claims nothing itself but stands above level 3.
    ["above the first level, while not claimed", { last_level: 4 }, {}, "2025-07-31", 5, ["40.00"]],
  ])("%s", (_, over, companyOver, asOf, expectedLevel, indemnities) => {
    const result = plan(company([invoice(over)], companyOver), asOf)
    const [reminder] = result.reminders
    expect(reminder.level.level).toBe(expectedLevel)
    expect(reminder.claims.filter((c) => c.kind === "indemnity").map((c) => c.amount)).toEqual(indemnities)
    expect(reminder.fee_total).toBe(indemnities.length ? "40.00" : "0.00")
  })

  it("claims it once per invoice of the reminder", () => {
    const result = plan(
      company([
        invoice({ last_level: 2 }),
        invoice({ invoice_id: "inv_b", invoice_number: "F-002", due_date: "2025-05-30", last_level: 2 }),
        invoice({
          invoice_id: "inv_c",
          invoice_number: "F-003",
          due_date: "2025-05-31",
          last_level: 2,
          indemnity_claimed: true,
        }),
      ]),
      "2025-06-22"
    )
    expect(result.reminders[0].claims.map((c) => [c.invoice_number, c.kind, c.amount])).toEqual([
      ["F-002", "indemnity", "40.00"],
      ["F-001", "indemnity", "40.00"],
    ])
    expect(result.reminders[0].fee_total).toBe("80.00")
  })
})

describe("planCompany: late interest", () => {
  const atNotice = {
    last_level: 3,
    last_as_of: "2025-06-10",
    indemnity_claimed: true,
    due_date: "2025-05-20",
  }
  it.each([
    {
      case: "1 000.00 EUR due 2025-05-20, as of 2025-08-04: two half-years",
      over: {},
      asOf: "2025-08-04",
      // 2025-05-21..06-30, 41 days: 1000 x 13.15 x 41 / 36500 = 14.7712 -> 14.77
      // 2025-07-01..08-04, 35 days: 1000 x 12.15 x 35 / 36500 = 11.6507 -> 11.65
      periods: [
        ["2025-05-21", "2025-06-30", 41, "1000.00", "13.15", "14.77"],
        ["2025-07-01", "2025-08-04", 35, "1000.00", "12.15", "11.65"],
      ],
      total: "26.42",
    },
    {
      case: "2 000.00 EUR, 1 200.00 paid on 2025-06-10: the payment reduces the base the day after",
      over: { open_amount: "800.00", settlements: [{ on: "2025-06-10", amount: "1200.00" }] },
      asOf: "2025-08-04",
      // 2025-05-21..06-10, 21 days: 2000 x 13.15 x 21 / 36500 = 15.1315 -> 15.13
      // 2025-06-11..06-30, 20 days:  800 x 13.15 x 20 / 36500 =  5.7644 ->  5.76
      // 2025-07-01..08-04, 35 days:  800 x 12.15 x 35 / 36500 =  9.3205 ->  9.32
      periods: [
        ["2025-05-21", "2025-06-10", 21, "2000.00", "13.15", "15.13"],
        ["2025-06-11", "2025-06-30", 20, "800.00", "13.15", "5.76"],
        ["2025-07-01", "2025-08-04", 35, "800.00", "12.15", "9.32"],
      ],
      total: "30.21",
    },
    {
      case: "300.00 paid before the due date: interest on the 700.00 left from the start",
      over: { open_amount: "700.00", settlements: [{ on: "2025-05-10", amount: "300.00" }] },
      asOf: "2025-08-04",
      // 700 x 13.15 x 41 / 36500 = 10.3399 -> 10.34; 700 x 12.15 x 35 / 36500 = 8.1555 -> 8.16
      periods: [
        ["2025-05-21", "2025-06-30", 41, "700.00", "13.15", "10.34"],
        ["2025-07-01", "2025-08-04", 35, "700.00", "12.15", "8.16"],
      ],
      total: "18.50",
    },
    {
      case: "500.00 EUR due 2025-12-01, as of 2026-01-20: into 2026 at 12.15 (floor 7.86 below)",
      over: { due_date: "2025-12-01", open_amount: "500.00", last_as_of: "2025-12-22" },
      asOf: "2026-01-20",
      // 2025-12-02..12-31, 30 days: 500 x 12.15 x 30 / 36500 = 4.9932 -> 4.99
      // 2026-01-01..01-20, 20 days: 500 x 12.15 x 20 / 36500 = 3.3288 -> 3.33
      periods: [
        ["2025-12-02", "2025-12-31", 30, "500.00", "12.15", "4.99"],
        ["2026-01-01", "2026-01-20", 20, "500.00", "12.15", "3.33"],
      ],
      total: "8.32",
    },
  ])("$case", ({ over, asOf, periods, total }) => {
    const [reminder] = plan(company([invoice({ ...atNotice, ...over })]), asOf).reminders
    expect(reminder.level.level).toBe(4)
    const interest = reminder.claims.filter((c) => c.kind === "interest")
    expect(interest.map((c) => c.amount)).toEqual([total])
    const detail = interest[0].detail as InterestPeriod[]
    expect(detail.map((p) => [p.from, p.to, p.days, p.open_amount, p.rate, p.interest])).toEqual(periods)
    expect(reminder.interest_total).toBe(total)
    expect(reminder.missing_rates).toEqual([])
  })

  it.each([
    [
      "not at a level below the first claiming it",
      { last_level: 2, last_as_of: "2025-06-08" },
      "2025-06-30",
      3,
      [],
    ],
    // 1000 x 13.15 x 41 / 36500 = 14.77; 1000 x 12.15 x 45 / 36500 = 14.98 (07-01..08-14)
    ["at a level above it, to date", { last_level: 4, last_as_of: "2025-07-04" }, "2025-08-14", 5, ["29.75"]],
  ])("%s", (_, over, asOf, expectedLevel, amounts) => {
    const [reminder] = plan(company([invoice({ ...atNotice, ...over })]), asOf).reminders
    expect(reminder.level.level).toBe(expectedLevel)
    expect(reminder.claims.filter((c) => c.kind === "interest").map((c) => c.amount)).toEqual(amounts)
  })

  it("lists a half-year without rates and claims no interest running into it", () => {
    // 2026-05-21..08-04 runs into 2026-07-01, which the table does not have yet.
    const invoices = [invoice({ ...atNotice, due_date: "2026-05-20", last_as_of: "2026-06-10" })]
    const [reminder] = plan(company(invoices), "2026-08-04").reminders
    expect(reminder.items.map((i) => [i.invoice_id, i.level])).toEqual([["inv_a", 4]])
    expect(reminder.claims).toEqual([])
    expect([reminder.interest_total, reminder.missing_rates]).toEqual(["0.00", ["2026-07-01"]])
  })

  it("only the invoices running into a half-year without rates go without interest", () => {
    const result = plan(
      company([
        // From 2025-05-21: runs through 2025S1, left out of this table.
        invoice(atNotice),
        // 2025-07-02..09-15, 76 days: 600 x 12.15 x 76 / 36500 = 15.1792 -> 15.18
        invoice({ ...atNotice, invoice_id: "inv_b", due_date: "2025-07-01", open_amount: "600.00" }),
      ]),
      "2025-09-15",
      RATES.filter((r) => r.starts_on !== "2025-01-01")
    )
    const [reminder] = result.reminders
    expect(reminder.items.map((i) => [i.invoice_id, i.level])).toEqual([
      ["inv_a", 4],
      ["inv_b", 4],
    ])
    expect(reminder.claims.map((c) => [c.invoice_id, c.kind, c.amount])).toEqual([
      ["inv_b", "interest", "15.18"],
    ])
    expect([reminder.interest_total, reminder.missing_rates]).toEqual(["15.18", ["2025-01-01"]])
  })

  it("lists no missing rates at a level that claims no interest", () => {
    const [reminder] = plan(
      company([invoice({ due_date: "2026-06-20", last_level: 2 })]),
      "2026-07-11"
    ).reminders
    expect([reminder.level.level, reminder.missing_rates, reminder.interest_total]).toEqual([3, [], "0.00"])
  })
})

describe("planCompany: minimum amounts", () => {
  it.each([
    ["under the eur minimum: the formal notice waits", { open_amount: "99.99" }, null],
    ["at the minimum", { open_amount: "100.00" }, 4],
    ["open above it, chased below it", { open_amount: "150.00", disputed: "60" }, null],
    ["no minimum in usd", { currency_code: "usd", open_amount: "5.00" }, 4],
  ])("%s", (_, over, expected) => {
    const result = plan(
      company([invoice({ last_level: 3, last_as_of: "2025-06-22", ...over })]),
      "2025-07-20"
    )
    expect(result.reminders.map((r) => r.level.level)).toEqual(expected ? [expected] : [])
  })
})

describe("planCompany: totals", () => {
  it("adds up the chased amounts, the indemnities and the interest of the reminder", () => {
    const result = plan(
      company([
        // Level 3 -> 4: interest 26.42 (worked above), indemnity already claimed.
        invoice({ last_level: 3, last_as_of: "2025-06-10", indemnity_claimed: true, due_date: "2025-05-20" }),
        // Level 2 -> 3: indemnity 40.00, no interest yet; 300.00 of 800.00 disputed.
        invoice({
          invoice_id: "inv_b",
          due_date: "2025-07-10",
          open_amount: "800.00",
          disputed: "300",
          last_level: 2,
        }),
        // Level 0 -> 2: nothing claimed.
        invoice({ invoice_id: "inv_c", due_date: "2025-07-25", open_amount: "120.25" }),
      ]),
      "2025-08-04"
    )
    const [reminder] = result.reminders
    expect(reminder.items.map((i) => [i.invoice_id, i.level, i.open_amount, i.chased_amount])).toEqual([
      ["inv_a", 4, "1000.00", "1000.00"],
      ["inv_b", 3, "800.00", "500.00"],
      ["inv_c", 2, "120.25", "120.25"],
    ])
    expect(reminder.claims.map((c) => [c.invoice_id, c.kind, c.amount])).toEqual([
      ["inv_a", "interest", "26.42"],
      ["inv_b", "indemnity", "40.00"],
    ])
    // 1000.00 + 500.00 + 120.25
    expect([reminder.level.level, reminder.total_open, reminder.fee_total, reminder.interest_total]).toEqual([
      4,
      "1620.25",
      "40.00",
      "26.42",
    ])
  })
})
