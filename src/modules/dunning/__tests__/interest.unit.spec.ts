import { halfYearOf, lateInterest, lateRate } from "../interest"

// The published figures: ECB main refinancing rate on the half-year's first day, French legal
// interest rate for professional creditors ("autres cas"), percent.
const RATES = [
  { starts_on: "2023-07-01", ecb_refinancing_rate: "4.00", legal_interest_rate: "4.22" },
  { starts_on: "2024-01-01", ecb_refinancing_rate: "4.50", legal_interest_rate: "5.07" },
  { starts_on: "2025-01-01", ecb_refinancing_rate: "3.15", legal_interest_rate: "3.71" },
  { starts_on: "2025-07-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.76" },
  { starts_on: "2026-01-01", ecb_refinancing_rate: "2.15", legal_interest_rate: "2.62" },
]
const rates = (startsOn: string) => RATES.find((r) => r.starts_on === startsOn)!

describe("halfYearOf", () => {
  it.each([
    ["2025-01-01", "2025-01-01"],
    ["2025-06-30", "2025-01-01"],
    ["2025-07-01", "2025-07-01"],
    ["2025-12-31", "2025-07-01"],
  ])("%s belongs to the half-year starting %s", (day, start) => {
    expect(halfYearOf(day)).toBe(start)
  })
})

describe("lateRate", () => {
  it.each([
    // ECB + 10 above the floor: 3.15 + 10 = 13.15 > 3 x 3.71 = 11.13.
    ["2025-01-01", null, "13.15"],
    // The floor wins: 4.50 + 10 = 14.50 < 3 x 5.07 = 15.21.
    ["2024-01-01", null, "15.21"],
    // An agreed rate below the floor is raised to it: 5 < 3 x 2.76 = 8.28.
    ["2025-07-01", "5", "8.28"],
    // An agreed rate above the floor stands, even under ECB + 10.
    ["2025-07-01", "12", "12"],
  ])("half-year %s, agreed %s: %s %", (startsOn, agreed, expected) => {
    expect(lateRate(rates(startsOn), agreed).toString()).toBe(expected)
  })
})

describe("lateInterest", () => {
  // Worked by hand: amount x rate x days / 36,500, each stretch rounded to the cent.
  it.each([
    {
      case: "across 1 July 2025: 10 days at 13.15 %, 10 days at 12.15 %",
      input: { currency_code: "eur", due_date: "2025-06-20", until: "2025-07-10", open_amount: "1000" },
      // 1000 x 13.15 x 10 / 36500 = 3.6027; 1000 x 12.15 x 10 / 36500 = 3.3288
      periods: [
        ["2025-06-21", "2025-06-30", 10, "1000.00", "13.15", "3.60"],
        ["2025-07-01", "2025-07-10", 10, "1000.00", "12.15", "3.33"],
      ],
      total: "6.93",
    },
    {
      case: "across 1 January 2024, the floor ruling the new half-year",
      input: { currency_code: "eur", due_date: "2023-12-21", until: "2024-01-10", open_amount: "10000" },
      // 10000 x 14 x 10 / 36500 = 38.356; 10000 x 15.21 x 10 / 36500 = 41.671
      periods: [
        ["2023-12-22", "2023-12-31", 10, "10000.00", "14", "38.36"],
        ["2024-01-01", "2024-01-10", 10, "10000.00", "15.21", "41.67"],
      ],
      total: "80.03",
    },
    {
      case: "a partial payment: the remainder keeps accruing from the day after",
      input: {
        currency_code: "eur",
        due_date: "2026-01-10",
        until: "2026-01-31",
        open_amount: "1000",
        settlements: [{ on: "2026-01-20", amount: "400" }],
      },
      // 1000 x 12.15 x 10 / 36500 = 3.3288; 600 x 12.15 x 11 / 36500 = 2.1970
      periods: [
        ["2026-01-11", "2026-01-20", 10, "1000.00", "12.15", "3.33"],
        ["2026-01-21", "2026-01-31", 11, "600.00", "12.15", "2.20"],
      ],
      total: "5.53",
    },
    {
      case: "paid in full later: the interest up to the payment stays owed",
      input: {
        currency_code: "eur",
        due_date: "2026-01-10",
        until: "2026-03-01",
        open_amount: "1000",
        settlements: [{ on: "2026-01-20", amount: "1000" }],
      },
      periods: [["2026-01-11", "2026-01-20", 10, "1000.00", "12.15", "3.33"]],
      total: "3.33",
    },
    {
      case: "an agreed rate under the floor: the floor",
      input: {
        currency_code: "eur",
        due_date: "2025-09-30",
        until: "2025-10-30",
        open_amount: "2000",
        agreed_rate: "5",
      },
      // 2000 x 8.28 x 30 / 36500 = 13.611
      periods: [["2025-10-01", "2025-10-30", 30, "2000.00", "8.28", "13.61"]],
      total: "13.61",
    },
    {
      case: "yen: rounded to whole yen",
      input: { currency_code: "jpy", due_date: "2025-06-20", until: "2025-07-10", open_amount: "100000" },
      // 100000 x 13.15 x 10 / 36500 = 360.27; 100000 x 12.15 x 10 / 36500 = 332.88
      periods: [
        ["2025-06-21", "2025-06-30", 10, "100000", "13.15", "360"],
        ["2025-07-01", "2025-07-10", 10, "100000", "12.15", "333"],
      ],
      total: "693",
    },
    {
      case: "not late yet",
      input: { currency_code: "eur", due_date: "2026-01-10", until: "2026-01-10", open_amount: "1000" },
      periods: [],
      total: "0.00",
    },
  ])("$case", ({ input, periods, total }) => {
    const result = lateInterest({ ...input, rates: RATES })
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.open_amount, p.rate, p.interest])).toEqual(
      periods
    )
    expect(result.total).toBe(total)
  })

  it("refuses to guess a half-year's rates it was not given", () => {
    expect(() =>
      lateInterest({
        currency_code: "eur",
        due_date: "2022-12-20",
        until: "2023-01-05",
        open_amount: "100",
        rates: RATES,
      })
    ).toThrow("No late-payment rates for the half-year starting 2022-07-01")
  })
})
