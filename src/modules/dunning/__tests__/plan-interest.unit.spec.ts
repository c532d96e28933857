import type { InterestPeriod } from "../interest"
import { company, invoice, plan, RATES } from "./plan-fixtures"

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
