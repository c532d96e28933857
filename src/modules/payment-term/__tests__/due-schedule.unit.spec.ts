import { MathBN } from "@medusajs/framework/utils"
import {
  computeDueSchedule,
  type DueDateRule,
  dueDate,
  InstalmentsSchema,
  legalTermViolation,
  longestTermDays,
} from "../due-schedule"

const num = (n: unknown) => MathBN.convert(n as never).toFixed()

describe("dueDate", () => {
  it.each<[string, DueDateRule, string]>([
    // N days after the invoice date
    ["2026-01-15", { type: "days_after_invoice", days: 0 }, "2026-01-15"],
    ["2026-01-15", { type: "days_after_invoice", days: 30 }, "2026-02-14"],
    ["2026-01-31", { type: "days_after_invoice", days: 30 }, "2026-03-02"],
    ["2028-01-31", { type: "days_after_invoice", days: 30 }, "2028-03-01"],
    ["2026-12-15", { type: "days_after_invoice", days: 60 }, "2027-02-13"],
    // N days after the end of the invoice month
    ["2026-01-10", { type: "days_after_end_of_month", days: 30 }, "2026-03-02"],
    ["2028-01-10", { type: "days_after_end_of_month", days: 30 }, "2028-03-01"],
    ["2026-02-01", { type: "days_after_end_of_month", days: 0 }, "2026-02-28"],
    ["2026-12-31", { type: "days_after_end_of_month", days: 15 }, "2027-01-15"],
    // end of the month N months after the invoice month
    ["2026-01-31", { type: "end_of_month_after_months", months: 1 }, "2026-02-28"],
    ["2028-01-31", { type: "end_of_month_after_months", months: 1 }, "2028-02-29"],
    ["2026-11-15", { type: "end_of_month_after_months", months: 2 }, "2027-01-31"],
    ["2026-03-31", { type: "end_of_month_after_months", months: 0 }, "2026-03-31"],
    // 45 days end of month: + 45 days, then the end of that month
    ["2026-01-01", { type: "days_then_end_of_month", days: 45 }, "2026-02-28"],
    ["2026-01-20", { type: "days_then_end_of_month", days: 45 }, "2026-03-31"],
    ["2027-12-31", { type: "days_then_end_of_month", days: 45 }, "2028-02-29"],
    ["2026-11-20", { type: "days_then_end_of_month", days: 45 }, "2027-01-31"],
  ])("invoiced %s with %j is due %s", (invoiceDate, rule, expected) => {
    expect(dueDate(invoiceDate, rule)).toBe(expected)
  })
})

describe("computeDueSchedule", () => {
  it("splits 30/70 with the last instalment taking the remainder", () => {
    const schedule = computeDueSchedule({
      instalments: [
        { portion_percent: 30, rule: { type: "days_after_invoice", days: 30 } },
        { portion_percent: 70, rule: { type: "days_after_invoice", days: 60 } },
      ],
      invoiceDate: "2026-01-31",
      total: "1000.01",
      currencyCode: "eur",
    })
    expect(schedule.instalments.map((i) => [i.due_date, num(i.amount)])).toEqual([
      ["2026-03-02", "300"],
      ["2026-04-01", "700.01"],
    ])
    expect(num(MathBN.add(...schedule.instalments.map((i) => i.amount)))).toBe("1000.01")
  })

  it.each([
    ["eur", "100", ["33.33", "33.33", "33.34"]],
    ["jpy", "100", ["33", "33", "34"]],
    ["kwd", "10", ["3.333", "3.333", "3.334"]],
    ["eur", "0.02", ["0.01", "0.01", "0"]],
  ])("thirds of %s %s are %j", (currency, total, expected) => {
    const third = { rule: { type: "days_after_invoice" as const, days: 30 } }
    const schedule = computeDueSchedule({
      instalments: [
        { portion_percent: 33.33, ...third },
        { portion_percent: 33.33, ...third },
        { portion_percent: 33.34, ...third },
      ],
      invoiceDate: "2026-05-01",
      total,
      currencyCode: currency,
    })
    expect(schedule.instalments.map((i) => num(i.amount))).toEqual(expected)
    expect(num(MathBN.add(...schedule.instalments.map((i) => i.amount)))).toBe(num(schedule.total))
  })

  it.each([
    ["eur", "1234.56", "2026-02-10", "1209.87"],
    ["jpy", "10001", "2026-02-10", "9801"],
    ["kwd", "10.005", "2026-02-10", "9.805"],
  ])("2/10 Net 30 on %s %s: pay by %s to settle with %s", (currency, total, deadline, discounted) => {
    const schedule = computeDueSchedule({
      instalments: [
        { portion_percent: 100, rule: { type: "days_after_invoice", days: 30 }, discount: { percent: 2, days: 10 } },
      ],
      invoiceDate: "2026-01-31",
      total,
      currencyCode: currency,
    })
    const [only] = schedule.instalments
    expect(only.due_date).toBe("2026-03-02")
    expect(only.discount?.deadline).toBe(deadline)
    expect(num(only.discount?.discounted_amount)).toBe(discounted)
  })
})

describe("InstalmentsSchema", () => {
  it.each([
    [[], "at least one instalment"],
    [[{ portion_percent: 50, rule: { type: "days_after_invoice", days: 30 } }], "add up to 100"],
    [[{ portion_percent: 100, rule: { type: "net", days: 30 } }], "rule.type"],
    [[{ portion_percent: 100, rule: { type: "days_after_invoice", days: -1 } }], "rule.days"],
  ])("refuses %j", (instalments, message) => {
    const result = InstalmentsSchema.safeParse(instalments)
    expect(result.success).toBe(false)
    const text = result.error!.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")
    expect(text).toContain(message)
  })
})

describe("legal maximum (L441-10)", () => {
  const term = (rule: DueDateRule) => [{ portion_percent: 100, rule }]

  it.each<[DueDateRule, number]>([
    [{ type: "days_after_invoice", days: 60 }, 60],
    [{ type: "days_after_end_of_month", days: 30 }, 60],
    [{ type: "end_of_month_after_months", months: 1 }, 61],
    [{ type: "days_then_end_of_month", days: 45 }, 75],
  ])("%j runs at most %i days", (rule, days) => {
    expect(longestTermDays(term(rule))).toBe(days)
  })

  it.each<[DueDateRule, number, boolean]>([
    [{ type: "days_after_invoice", days: 60 }, 60, true],
    [{ type: "days_after_invoice", days: 61 }, 60, false],
    [{ type: "days_after_end_of_month", days: 30 }, 60, true],
    [{ type: "days_after_end_of_month", days: 45 }, 60, false],
    // 45 days end of month is the agreed alternative to 60 days
    [{ type: "days_then_end_of_month", days: 45 }, 60, true],
    [{ type: "days_then_end_of_month", days: 60 }, 60, false],
    [{ type: "days_after_invoice", days: 120 }, 0, true],
    [{ type: "days_after_invoice", days: 90 }, 90, true],
  ])("%j with a %i-day maximum is allowed: %s", (rule, maxDays, allowed) => {
    expect(legalTermViolation(term(rule), maxDays) === null).toBe(allowed)
  })

  it("says how long the term runs and what the law allows", () => {
    expect(legalTermViolation(term({ type: "days_after_invoice", days: 90 }), 60)).toBe(
      "This payment term can fall due 90 days after the invoice date; the maximum is 60 days (or 45 days end of month), Code de commerce L441-10."
    )
  })
})
