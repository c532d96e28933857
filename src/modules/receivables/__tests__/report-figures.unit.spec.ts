import { agingByCurrency, kpisByCurrency } from "../report-figures"
import { agingBuckets } from "../reports"

const buckets = agingBuckets([30, 60, 90])
const amounts = (aging: ReturnType<typeof agingByCurrency>[number]) =>
  Object.fromEntries(aging.buckets.map((b) => [b.key, b.amount]))

describe("agingByCurrency", () => {
  it.each([
    {
      name: "nothing open: one empty aging in the fallback currency",
      open: [],
      unallocated: new Map<string, string>(),
      expected: [{ currency_code: "eur", total: "0", unallocated: "0", buckets: { current: "0", "1_30": "0" } }],
    },
    {
      name: "rows go to the bucket of their days past due, summed exactly",
      open: [
        { currency_code: "eur", days_past_due: -3, open: "0.1" },
        { currency_code: "eur", days_past_due: 0, open: "0.2" },
        { currency_code: "eur", days_past_due: 1, open: "10" },
        { currency_code: "eur", days_past_due: 30, open: "5.55" },
        { currency_code: "eur", days_past_due: 91, open: "7" },
      ],
      unallocated: new Map([["eur", "12.5"]]),
      expected: [
        {
          currency_code: "eur",
          total: "22.85",
          unallocated: "12.5",
          buckets: { current: "0.3", "1_30": "15.55", "31_60": "0", "61_90": "0", "90_plus": "7" },
        },
      ],
    },
    {
      name: "one aging per currency, sorted, including a currency with only credits",
      open: [
        { currency_code: "usd", days_past_due: 45, open: "100" },
        { currency_code: "eur", days_past_due: 5, open: "20" },
      ],
      unallocated: new Map([["jpy", "500"]]),
      expected: [
        { currency_code: "eur", total: "20", unallocated: "0", buckets: { "1_30": "20" } },
        { currency_code: "jpy", total: "0", unallocated: "500", buckets: { current: "0" } },
        { currency_code: "usd", total: "100", unallocated: "0", buckets: { "31_60": "100" } },
      ],
    },
  ])("$name", ({ open, unallocated, expected }) => {
    const aging = agingByCurrency({ as_of: "2026-12-02", buckets, open, unallocated, emptyCurrency: "eur" })
    expect(aging.map((a) => a.currency_code)).toEqual(expected.map((e) => e.currency_code))
    aging.forEach((a, i) => {
      expect(a.as_of).toBe("2026-12-02")
      expect(a.total).toBe(expected[i].total)
      expect(a.unallocated_credits).toBe(expected[i].unallocated)
      expect(amounts(a)).toMatchObject(expected[i].buckets)
    })
  })
})

describe("kpisByCurrency", () => {
  // The domain notes' countback example: AR 212k, monthly sales 100k, 80k, 70k (newest first) -> 73.7 days.
  const months = [
    { from: "2026-11-01", days: 30 },
    { from: "2026-10-01", days: 30 },
    { from: "2026-09-01", days: 30 },
  ]
  const monthly = [
    { currency_code: "eur", month: "2026-11", sales: "60000" },
    { currency_code: "eur", month: "2026-11", sales: "40000" },
    { currency_code: "eur", month: "2026-10", sales: "80000" },
    { currency_code: "eur", month: "2026-09", sales: "70000" },
  ]

  it.each([
    {
      name: "the countback example, with CEI",
      input: {
        beginning: [{ currency_code: "eur", days_past_due: 10, open: "150000" }],
        ending: [
          { currency_code: "eur", days_past_due: 0, open: "112000" },
          { currency_code: "eur", days_past_due: 20, open: "100000" },
        ],
        period_sales: [{ currency_code: "eur", sales: "250000" }],
      },
      expected: [
        {
          currency_code: "eur",
          beginning_ar: "150000",
          ending_ar: "212000",
          ending_current_ar: "112000",
          credit_sales: "250000",
          dso: "73.7",
          best_possible_dso: "34.5",
          average_days_delinquent: "39.2",
          cei: "65.3",
        },
      ],
    },
    {
      name: "nothing at all: no currency",
      input: { beginning: [], ending: [], period_sales: [] },
      expected: [],
    },
    {
      name: "only the currency asked for",
      input: {
        beginning: [{ currency_code: "usd", days_past_due: 1, open: "5" }],
        ending: [{ currency_code: "eur", days_past_due: 0, open: "0" }],
        period_sales: [],
        currency: "usd",
      },
      expected: [expect.objectContaining({ currency_code: "usd", beginning_ar: "5", ending_ar: "0" })],
    },
  ])("$name", ({ input, expected }) => {
    expect(kpisByCurrency({ ...input, monthly_sales: monthly, months })).toEqual(expected)
  })
})
