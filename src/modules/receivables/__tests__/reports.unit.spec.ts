import {
  type AgingBucketSpec,
  agingBuckets,
  bucketOf,
  countbackDso,
  DEFAULT_AGING_BUCKETS,
  type MonthSales,
  monthsBack,
  parseAgingBuckets,
  receivablesKpis,
} from "../reports"

const keys = (buckets: AgingBucketSpec[]) => buckets.map((b) => b.key)
const ERPNEXT_KEYS = ["current", "1_30", "31_60", "61_90", "91_120", "120_plus"]
const DEFAULT_KEYS = ["current", "1_30", "31_60", "61_90", "90_plus"]

/** Months of 30 days, newest first, as in the domain note's example. */
const months30 = (...sales: string[]): MonthSales[] => sales.map((s) => ({ sales: s, days: 30 }))

describe("agingBuckets", () => {
  it("defaults to current, 1-30, 31-60, 61-90 and over 90", () => {
    expect(DEFAULT_AGING_BUCKETS).toEqual([
      { key: "current", from_days: null, to_days: 0 },
      { key: "1_30", from_days: 1, to_days: 30 },
      { key: "31_60", from_days: 31, to_days: 60 },
      { key: "61_90", from_days: 61, to_days: 90 },
      { key: "90_plus", from_days: 91, to_days: null },
    ])
    expect(agingBuckets()).toEqual(DEFAULT_AGING_BUCKETS)
  })

  it.each([
    [[30, 60, 90], DEFAULT_KEYS],
    [[30, 60, 90, 120], ERPNEXT_KEYS],
    [[1], ["current", "1_1", "1_plus"]],
    [
      [7, 14],
      ["current", "1_7", "8_14", "14_plus"],
    ],
    [
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ["current", "1_1", "2_2", "3_3", "4_4", "5_5", "6_6", "7_7", "8_8", "9_9", "10_10", "10_plus"],
    ],
  ])("%j -> %j", (boundaries, expected) => {
    expect(keys(agingBuckets(boundaries))).toEqual(expected)
  })

  it("starts the last bucket the day after the last boundary", () => {
    expect(agingBuckets([30, 60, 90, 120]).at(-1)).toEqual({ key: "120_plus", from_days: 121, to_days: null })
  })

  it.each([
    [[], /give at least one/],
    [[60, 30], /30 does not come after 60/],
    [[30, 30], /30 does not come after 30/],
    [[0, 30], /0 is not a whole number of days above zero/],
    [[-30, 60], /-30 is not a whole number/],
    [[30.5, 60], /30.5 is not a whole number/],
    [[Number.NaN], /NaN is not a whole number/],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], /at most 10 of them, not 11/],
  ])("refuses %j", (boundaries, reason) => {
    expect(() => agingBuckets(boundaries)).toThrow(/Aging buckets must be increasing whole numbers of days/)
    expect(() => agingBuckets(boundaries)).toThrow(reason)
  })
})

describe("bucketOf", () => {
  it.each([
    [-45, "default", "current", DEFAULT_AGING_BUCKETS],
    [0, "default", "current", DEFAULT_AGING_BUCKETS],
    [1, "default", "1_30", DEFAULT_AGING_BUCKETS],
    [30, "default", "1_30", DEFAULT_AGING_BUCKETS],
    [31, "default", "31_60", DEFAULT_AGING_BUCKETS],
    [60, "default", "31_60", DEFAULT_AGING_BUCKETS],
    [61, "default", "61_90", DEFAULT_AGING_BUCKETS],
    [90, "default", "61_90", DEFAULT_AGING_BUCKETS],
    [91, "default", "90_plus", DEFAULT_AGING_BUCKETS],
    [3650, "default", "90_plus", DEFAULT_AGING_BUCKETS],
    [91, "30,60,90,120", "91_120", agingBuckets([30, 60, 90, 120])],
    [120, "30,60,90,120", "91_120", agingBuckets([30, 60, 90, 120])],
    [121, "30,60,90,120", "120_plus", agingBuckets([30, 60, 90, 120])],
  ])("%i days past due (%s buckets) -> %s", (days, _, expected, buckets) => {
    expect(bucketOf(days, buckets)).toBe(expected)
  })

  it.each([
    [1.5, DEFAULT_AGING_BUCKETS, /whole number, not 1.5/],
    [Number.NaN, DEFAULT_AGING_BUCKETS, /whole number, not NaN/],
    [45, [{ key: "1_30", from_days: 1, to_days: 30 }], /No aging bucket holds 45 days past due/],
  ])("refuses %s", (days, buckets, reason) => {
    expect(() => bucketOf(days, buckets)).toThrow(reason)
  })
})

describe("parseAgingBuckets", () => {
  it.each([
    [undefined, DEFAULT_KEYS],
    ["30,60,90", DEFAULT_KEYS],
    [" 30, 60 ,90 ", DEFAULT_KEYS],
    ["30,60,90,120", ERPNEXT_KEYS],
    ["15", ["current", "1_15", "15_plus"]],
  ])("%j -> %j", (text, expected) => {
    expect(keys(parseAgingBuckets(text))).toEqual(expected)
  })

  it.each([
    ["", /, not ""/],
    ["   ", /, not " {3}"/],
    ["90,60,30", /60 does not come after 90/],
    ["0,30", /0 is not a whole number of days above zero/],
    ["30.5,60", /, not "30.5,60"/],
    ["-30,60", /, not "-30,60"/],
    ["30,,60", /, not "30,,60"/],
    ["30,60,", /, not "30,60,"/],
    ["30;60", /, not "30;60"/],
    ["thirty", /, not "thirty"/],
    ["1,2,3,4,5,6,7,8,9,10,11", /at most 10/],
  ])("refuses %j", (text, reason) => {
    expect(() => parseAgingBuckets(text)).toThrow(/Aging buckets must be increasing whole numbers of days/)
    expect(() => parseAgingBuckets(text)).toThrow(reason)
  })
})

describe("countbackDso", () => {
  it.each<[string, string, MonthSales[], string | null]>([
    ["the domain example: 30 + 30 + 32/70 × 30", "212000", months30("100000", "80000", "70000"), "73.7"],
    ["no AR", "0", months30("100000"), "0.0"],
    ["no AR and no months", "0", [], "0.0"],
    ["customers in credit", "-250.50", months30("100000"), "0.0"],
    ["AR equal to the latest month", "100000", months30("100000", "80000"), "30.0"],
    ["AR equal to the two latest months", "180000", months30("100000", "80000", "70000"), "60.0"],
    ["AR within the latest month", "50", [{ sales: "100", days: 15 }], "7.5"],
    [
      "AR beyond all months: the rest at the oldest month's rate",
      "300000",
      months30("100000", "80000", "70000"),
      "111.4",
    ],
    [
      "a month with no sales counts all its days",
      "150",
      [{ sales: "0", days: 31 }, ...months30("100", "100")],
      "76.0",
    ],
    [
      "AR beyond all months, the oldest without sales",
      "300",
      [
        { sales: "100", days: 30 },
        { sales: "0", days: 31 },
      ],
      "121.0",
    ],
    [
      "a month of net credit notes counts as no sales",
      "50",
      [{ sales: "-20", days: 30 }, ...months30("100")],
      "45.0",
    ],
    [
      "no month with sales: undefined",
      "100",
      [
        { sales: "0", days: 30 },
        { sales: "0", days: 31 },
      ],
      null,
    ],
    ["no months: undefined", "100", [], null],
    ["halves round up", "1", [{ sales: "8", days: 2 }], "0.3"],
    ["below half rounds down", "1", [{ sales: "16", days: 1 }], "0.1"],
    [
      "cents, exactly",
      "1234.56",
      [
        { sales: "1000.00", days: 31 },
        { sales: "2469.12", days: 30 },
      ],
      "33.8",
    ],
    [
      "amounts past float precision",
      "90071992547409.93",
      [
        { sales: "90071992547409.92", days: 30 },
        { sales: "1", days: 30 },
      ],
      "30.3",
    ],
  ])("%s", (_, ar, months, expected) => {
    expect(countbackDso(ar, months)).toBe(expected)
  })

  it.each([[-1], [30.5], [Number.NaN]])("refuses a month of %s days", (days) => {
    expect(() => countbackDso("100", [{ sales: "50", days }])).toThrow(/whole number of days/)
  })
})

describe("receivablesKpis", () => {
  it.each([
    [
      "the CEI example: (600 − 150) / (600 − 100) × 100",
      {
        beginning_ar: "100",
        credit_sales: "500",
        ending_ar: "150",
        ending_current_ar: "100",
        months: months30("500"),
      },
      { dso: "9.0", best_possible_dso: "6.0", average_days_delinquent: "3.0", cei: "90.0" },
    ],
    [
      "the domain's DSO example",
      {
        beginning_ar: "200000",
        credit_sales: "250000",
        ending_ar: "212000",
        ending_current_ar: "70000",
        months: months30("100000", "80000", "70000"),
      },
      { dso: "73.7", best_possible_dso: "21.0", average_days_delinquent: "52.7", cei: "62.6" },
    ],
    [
      "days delinquent from the rounded DSOs (10.05 → 10.1, 5.04 → 5.0)",
      {
        beginning_ar: "0",
        credit_sales: "1000",
        ending_ar: "335",
        ending_current_ar: "168",
        months: months30("1000"),
      },
      { dso: "10.1", best_possible_dso: "5.0", average_days_delinquent: "5.1", cei: "79.9" },
    ],
    [
      "nothing to collect: CEI undefined",
      { beginning_ar: "0", credit_sales: "0", ending_ar: "0", ending_current_ar: "0", months: [] },
      { dso: "0.0", best_possible_dso: "0.0", average_days_delinquent: "0.0", cei: null },
    ],
    [
      "current AR above what could be collected: CEI undefined",
      {
        beginning_ar: "0",
        credit_sales: "100",
        ending_ar: "150",
        ending_current_ar: "150",
        months: months30("100"),
      },
      { dso: "45.0", best_possible_dso: "45.0", average_days_delinquent: "0.0", cei: null },
    ],
    [
      "no sales: DSO undefined, days delinquent too",
      {
        beginning_ar: "100",
        credit_sales: "0",
        ending_ar: "100",
        ending_current_ar: "0",
        months: months30("0"),
      },
      { dso: null, best_possible_dso: "0.0", average_days_delinquent: null, cei: "0.0" },
    ],
    [
      "a tiny shortfall shows as 0.0, not -0.0",
      {
        beginning_ar: "0",
        credit_sales: "100000",
        ending_ar: "100000.01",
        ending_current_ar: "0",
        months: months30("100000"),
      },
      { dso: "30.0", best_possible_dso: "0.0", average_days_delinquent: "30.0", cei: "0.0" },
    ],
    [
      "AR grown past what was billed: negative CEI",
      {
        beginning_ar: "100",
        credit_sales: "0",
        ending_ar: "150",
        ending_current_ar: "50",
        months: months30("100"),
      },
      { dso: "45.0", best_possible_dso: "15.0", average_days_delinquent: "30.0", cei: "-100.0" },
    ],
  ])("%s", (_, input, expected) => {
    expect(receivablesKpis(input)).toEqual(expected)
  })
})

describe("monthsBack", () => {
  it.each([
    [
      "across a year boundary",
      "2025-01-15",
      3,
      [
        { from: "2025-01-01", to: "2025-01-15", days: 15 },
        { from: "2024-12-01", to: "2024-12-31", days: 31 },
        { from: "2024-11-01", to: "2024-11-30", days: 30 },
      ],
    ],
    [
      "ending on a leap day",
      "2028-02-29",
      2,
      [
        { from: "2028-02-01", to: "2028-02-29", days: 29 },
        { from: "2028-01-01", to: "2028-01-31", days: 31 },
      ],
    ],
    [
      "a leap February as a full month",
      "2028-03-31",
      2,
      [
        { from: "2028-03-01", to: "2028-03-31", days: 31 },
        { from: "2028-02-01", to: "2028-02-29", days: 29 },
      ],
    ],
    [
      "a common February as a full month",
      "2027-03-10",
      2,
      [
        { from: "2027-03-01", to: "2027-03-10", days: 10 },
        { from: "2027-02-01", to: "2027-02-28", days: 28 },
      ],
    ],
    ["the first of the month", "2025-06-01", 1, [{ from: "2025-06-01", to: "2025-06-01", days: 1 }]],
    ["no months", "2025-06-01", 0, []],
  ])("%s: %s, %i months", (_, to, count, expected) => {
    expect(monthsBack(to, count)).toEqual(expected)
  })

  it.each([
    ["2025-02-30", 1, /not a valid day/],
    ["15/01/2025", 1, /not a calendar date/],
    ["2025-01-15", -1, /whole number, not -1/],
    ["2025-01-15", 1.5, /whole number, not 1.5/],
  ])("refuses %s, %s", (to, count, reason) => {
    expect(() => monthsBack(to, count)).toThrow(reason)
  })

  it("feeds the countback with real month lengths", () => {
    const months = monthsBack("2025-03-31", 3).map((m, i) => ({
      sales: ["3100", "2800", "3100"][i],
      days: m.days,
    }))
    // 3100 (31 days) + 2800 (28 days) + 1550 / 3100 × 31 days.
    expect(countbackDso("7450", months)).toBe("74.5")
  })
})
