import {
  describeInstalments,
  emptyRow,
  type InstalmentRow,
  instalmentsFromRows,
  rowsFromInstalments,
} from "../payment-term-rows"

const row = (changes: Partial<InstalmentRow>): InstalmentRow => ({ ...emptyRow(), ...changes })

describe("instalmentsFromRows", () => {
  it.each<[string, InstalmentRow[], unknown]>([
    [
      "Net 30",
      [row({})],
      [{ portion_percent: 100, rule: { type: "days_after_invoice", days: 30 }, discount: null }],
    ],
    [
      "2/10 Net 30",
      [row({ discount_percent: "2", discount_days: "10" })],
      [
        {
          portion_percent: 100,
          rule: { type: "days_after_invoice", days: 30 },
          discount: { percent: 2, days: 10 },
        },
      ],
    ],
    [
      "end of the month 2 months after",
      [row({ rule: "end_of_month_after_months", count: "2" })],
      [{ portion_percent: 100, rule: { type: "end_of_month_after_months", months: 2 }, discount: null }],
    ],
    [
      "thirds that add up exactly",
      [
        row({ portion_percent: "33.33" }),
        row({ portion_percent: "33.33" }),
        row({ portion_percent: "33.34" }),
      ],
      [33.33, 33.33, 33.34].map((p) => ({
        portion_percent: p,
        rule: { type: "days_after_invoice", days: 30 },
        discount: null,
      })),
    ],
  ])("%s", (_, rows, expected) => {
    expect(instalmentsFromRows(rows)).toEqual(expected)
  })

  it.each<[string, InstalmentRow[], string]>([
    ["no rows", [], "Add at least one instalment."],
    [
      "a zero portion",
      [row({ portion_percent: "0" })],
      "Instalment 1: enter a portion above 0 %, such as 30 or 33.33.",
    ],
    [
      "a text portion",
      [row({ portion_percent: "half" })],
      "Instalment 1: enter a portion above 0 %, such as 30 or 33.33.",
    ],
    ["fractional days", [row({ count: "1.5" })], "Instalment 1: enter a whole number of days."],
    [
      "months",
      [row({ rule: "end_of_month_after_months", count: "" })],
      "Instalment 1: enter a whole number of months.",
    ],
    [
      "a discount without days",
      [row({ discount_percent: "2" })],
      "Instalment 1: an early-payment discount needs a percent (such as 2) and a whole number of days (such as 10).",
    ],
    [
      "portions short of 100",
      [row({ portion_percent: "30" }), row({ portion_percent: "60" })],
      "The portions add up to 90 %; they must add up to 100 %.",
    ],
    [
      "portions over 100 by a hundredth",
      [
        row({ portion_percent: "33.34" }),
        row({ portion_percent: "33.33" }),
        row({ portion_percent: "33.34" }),
      ],
      "The portions add up to 100.01 %; they must add up to 100 %.",
    ],
  ])("refuses %s", (_, rows, message) => {
    expect(instalmentsFromRows(rows)).toBe(message)
  })

  it("reads back what it wrote", () => {
    const instalments = [
      {
        portion_percent: 30,
        rule: { type: "days_after_end_of_month", days: 15 },
        discount: { percent: 1.5, days: 8 },
      },
      { portion_percent: 70, rule: { type: "end_of_month_after_months", months: 1 }, discount: null },
    ]
    expect(instalmentsFromRows(rowsFromInstalments(instalments))).toEqual(instalments)
  })
})

describe("describeInstalments", () => {
  it("says each instalment's portion, rule and discount", () => {
    expect(
      describeInstalments([
        {
          portion_percent: 30,
          rule: { type: "days_after_invoice", days: 30 },
          discount: { percent: 2, days: 10 },
        },
        { portion_percent: 70, rule: { type: "end_of_month_after_months", months: 1 } },
      ])
    ).toBe(
      "30 %: 30 days after the invoice date (2 % off within 10 days); 70 %: end of the month, 1 month(s) after the invoice month"
    )
  })
})
