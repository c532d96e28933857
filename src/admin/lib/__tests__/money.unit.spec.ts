import { amountExample, amountInputProblem, currencyDecimals, formatMoney } from "../money"

describe("currencyDecimals", () => {
  it.each([
    ["eur", 2],
    ["EUR", 2],
    ["usd", 2],
    ["jpy", 0],
    ["krw", 0],
    ["kwd", 3],
    ["bhd", 3],
    ["not a code", 2],
  ])("%s has %i decimals", (currency, decimals) => {
    expect(currencyDecimals(currency)).toBe(decimals)
  })
})

describe("formatMoney", () => {
  it.each([
    ["1250.5", "eur", "1,250.50 EUR"],
    [1250.5, "eur", "1,250.50 EUR"],
    ["0", "eur", "0.00 EUR"],
    ["-250", "eur", "-250.00 EUR"],
    ["0.0125", "eur", "0.0125 EUR"],
    ["123456789012345678.01", "eur", "123,456,789,012,345,678.01 EUR"],
    ["125050", "jpy", "125,050 JPY"],
    [125050, "jpy", "125,050 JPY"],
    ["1.5", "jpy", "1.5 JPY"],
    ["1.25", "kwd", "1.250 KWD"],
    ["1250", "kwd", "1,250.000 KWD"],
    ["-0.125", "kwd", "-0.125 KWD"],
    [null, "eur", "—"],
    [undefined, "eur", "—"],
    ["", "eur", "—"],
    ["n/a", "eur", "n/a EUR"],
  ])("%j %s prints %s", (value, currency, expected) => {
    expect(formatMoney(value, currency)).toBe(expected)
  })
})

describe("amountInputProblem", () => {
  it.each([
    ["1250.50", "eur", {}, null],
    ["1250.5", "eur", {}, null],
    [" 1250 ", "eur", {}, null],
    ["1250.505", "eur", {}, "Enter an amount in EUR above zero with up to 2 decimals, such as 1250.50."],
    ["12,50", "eur", {}, "Enter an amount in EUR above zero with up to 2 decimals, such as 1250.50."],
    ["-5", "eur", {}, "Enter an amount in EUR above zero with up to 2 decimals, such as 1250.50."],
    ["", "eur", {}, "Enter an amount in EUR above zero with up to 2 decimals, such as 1250.50."],
    ["0.00", "eur", {}, "Enter an amount in EUR above zero, such as 1250.50."],
    ["0", "eur", { zero: true }, null],
    ["1250", "jpy", {}, null],
    ["1250.5", "jpy", {}, "Enter an amount in JPY above zero with no decimals, such as 1250."],
    ["1250.125", "kwd", {}, null],
    ["1250.1255", "kwd", {}, "Enter an amount in KWD above zero with up to 3 decimals, such as 1250.500."],
  ])("%j in %s (%j): %j", (text, currency, rule, expected) => {
    expect(amountInputProblem(text, currency, rule)).toBe(expected)
  })
})

describe("amountExample", () => {
  it.each([
    ["eur", "1250.50"],
    ["jpy", "1250"],
    ["kwd", "1250.500"],
  ])("%s: %s", (currency, example) => {
    expect(amountExample(currency)).toBe(example)
  })
})
