import { nextVersion } from "../versioning"

const net30 = [{ portion_percent: 100, rule: { type: "days_after_invoice" as const, days: 30 } }]

describe("nextVersion", () => {
  it.each([
    ["no instalments in the edit (a new name)", undefined, 3],
    ["the same instalments", net30, 3],
    [
      "the same instalments, keys in another order",
      [{ rule: { days: 30, type: "days_after_invoice" as const }, portion_percent: 100 }],
      3,
    ],
    [
      "another number of days",
      [{ portion_percent: 100, rule: { type: "days_after_invoice" as const, days: 45 } }],
      4,
    ],
    ["a discount added", [{ ...net30[0], discount: { percent: 2, days: 10 } }], 4],
    [
      "a split",
      [
        { portion_percent: 50, rule: { type: "days_after_invoice" as const, days: 30 } },
        { portion_percent: 50, rule: { type: "days_after_invoice" as const, days: 60 } },
      ],
      4,
    ],
  ])("%s → version %s", (_, instalments, expected) => {
    expect(nextVersion({ version: 3, instalments: net30 }, { instalments })).toBe(expected)
  })
})
