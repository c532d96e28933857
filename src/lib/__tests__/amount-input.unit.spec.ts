import { amountProblem, amountSchema } from "../amount-input"

describe("amountProblem", () => {
  const positive = { zero: false }
  const zeroOrMore = { zero: true }
  it.each([
    [120, positive, null],
    ["120.50", positive, null],
    [" 7 ", positive, null],
    [0.01, positive, null],
    [0, zeroOrMore, null],
    ["0.00", zeroOrMore, null],
    [0, positive, "amount must be an amount more than 0, not 0"],
    ["0.00", positive, "amount must be an amount more than 0, not 0.00"],
    [-50, positive, "amount must be an amount more than 0, not -50"],
    ["-5", positive, "amount must be an amount more than 0, not -5"],
    [-5, zeroOrMore, "amount must be an amount of 0 or more, not -5"],
    [
      "abc",
      positive,
      'amount must be an amount more than 0, such as 120 or "120.50"; "abc" is not an amount',
    ],
    [
      "1e5",
      positive,
      'amount must be an amount more than 0, such as 120 or "120.50"; "1e5" is not an amount',
    ],
    [true, positive, 'amount must be an amount more than 0, such as 120 or "120.50"; true is not an amount'],
    [
      Number.NaN,
      positive,
      'amount must be an amount more than 0, such as 120 or "120.50"; null is not an amount',
    ],
    [undefined, positive, 'amount is required: an amount more than 0, such as 120 or "120.50"'],
    [null, zeroOrMore, 'amount is required: an amount of 0 or more, such as 0, 5000 or "5000.50"'],
  ])("%j (%j) -> %s", (value, rule, expected) => {
    expect(amountProblem(value, "amount", rule)).toBe(expected)
  })
})

describe("amountSchema", () => {
  it("reports one issue, with the sentence, and passes amounts through unchanged", () => {
    const refused = amountSchema("amount").safeParse("abc")
    expect(refused.success).toBe(false)
    expect(refused.error?.issues.map((i) => [i.code, i.message])).toEqual([
      ["custom", 'amount must be an amount more than 0, such as 120 or "120.50"; "abc" is not an amount'],
    ])
    expect(amountSchema("amount").parse("120.50")).toBe("120.50")
    expect(amountSchema("amount").optional().parse(undefined)).toBeUndefined()
  })
})
