import { MathBN } from "@medusajs/framework/utils"
import {
  currencyDecimals,
  exactAmount,
  formatMoney,
  fromMinorUnits,
  modelAmount,
  num,
  roundMoney,
  splitByPortions,
  toMinorUnits,
} from "../money"

const str = (n: { numeric: number } | unknown) => MathBN.convert(n as never).toFixed()

describe("currencyDecimals", () => {
  it.each([
    ["eur", 2],
    ["EUR", 2],
    ["usd", 2],
    ["jpy", 0],
    ["krw", 0],
    ["xof", 0],
    ["kwd", 3],
    ["bhd", 3],
    ["tnd", 3],
    ["clf", 4],
  ])("%s has %i decimals", (code, decimals) => {
    expect(currencyDecimals(code)).toBe(decimals)
  })

  it.each(["eu", "euro", "", "12a"])("refuses %p", (code) => {
    expect(() => currencyDecimals(code)).toThrow("is not an ISO 4217 currency code")
  })
})

describe("roundMoney", () => {
  it.each([
    ["2.345", "eur", "2.35"],
    ["-2.345", "eur", "-2.35"],
    ["2.344999", "eur", "2.34"],
    ["0.005", "eur", "0.01"],
    ["1234.5", "jpy", "1235"],
    ["1234.49", "jpy", "1234"],
    ["1.2345", "kwd", "1.235"],
    ["1.2344", "kwd", "1.234"],
    // a float sum would give 0.30000000000000004
    [MathBN.add(0.1, 0.2).toFixed(), "eur", "0.3"],
    ["999999999999.995", "eur", "1000000000000"],
  ])("%s %s -> %s", (amount, code, expected) => {
    expect(str(roundMoney(amount, code))).toBe(expected)
  })
})

describe("minor units", () => {
  it.each([
    ["12.34", "eur", 1234n],
    ["12.345", "eur", 1235n],
    ["-0.01", "eur", -1n],
    ["500", "jpy", 500n],
    ["1.234", "kwd", 1234n],
    ["92233720368547758.07", "eur", 9223372036854775807n],
  ])("toMinorUnits(%s %s) = %s", (amount, code, minor) => {
    expect(toMinorUnits(amount, code)).toBe(minor)
    expect(str(fromMinorUnits(minor, code))).toBe(MathBN.convert(roundMoney(amount, code)).toFixed())
  })

  it("refuses fractional minor units", () => {
    expect(() => fromMinorUnits("12.5", "eur")).toThrow("must be an integer")
  })
})

describe("splitByPortions", () => {
  it.each([
    ["100", ["50", "50"], "eur", ["50", "50"]],
    ["100", ["33.3333", "33.3333", "33.3334"], "eur", ["33.33", "33.33", "33.34"]],
    ["1000.01", ["30", "70"], "eur", ["300", "700.01"]],
    ["0.01", ["50", "50"], "eur", ["0.01", "0"]],
    ["1001", ["30", "70"], "jpy", ["300", "701"]],
    ["10.001", ["50", "50"], "kwd", ["5.001", "5"]],
    ["99.99", ["100"], "eur", ["99.99"]],
  ])("%s split %j in %s -> %j", (total, portions, code, expected) => {
    const parts = splitByPortions(total, portions, code)
    expect(parts.map(str)).toEqual(expected)
    expect(MathBN.add(...parts).toFixed()).toBe(MathBN.convert(roundMoney(total, code)).toFixed())
  })

  it.each([
    [[], "at least one portion"],
    [["60", "30"], "add up to 100"],
    [["110", "-10"], "greater than 0"],
  ])("refuses portions %j", (portions, message) => {
    expect(() => splitByPortions("100", portions, "eur")).toThrow(message)
  })
})

describe("formatMoney", () => {
  it.each([
    ["1250", "eur", "en-US", "1,250.00 EUR"],
    ["1250.5", "EUR", "en-US", "1,250.50 EUR"],
    ["-2000", "eur", "en-US", "-2,000.00 EUR"],
    ["1234567", "jpy", "en-US", "1,234,567 JPY"],
    ["1.5", "kwd", "en-US", "1.500 KWD"],
    ["12345678901234.56", "eur", "en-US", "12,345,678,901,234.56 EUR"],
    ["1250.5", "eur", "de-DE", "1.250,50 EUR"],
  ])("%s %s (%s) -> %s", (amount, code, locale, expected) => {
    expect(formatMoney(amount, code, locale)).toBe(expected)
  })
})

describe("exactAmount", () => {
  it.each([
    ["the raw twin, every digit", { total: 0.30000000000000004, raw_total: { value: "0.3", precision: 20 } }, "0.3"],
    ["the raw twin over a rounded number", { total: 1234567890.12, raw_total: { value: "1234567890.123456789" } }, "1234567890.123456789"],
    ["the field when there is no twin", { total: "12.5" }, "12.5"],
    ["zero when neither is there", {}, "0"],
  ])("%s", (_, entity, expected) => {
    expect(exactAmount(entity, "total").toFixed()).toBe(expected)
  })
})

describe("modelAmount", () => {
  it.each(["0.1", "1234567890.123456789", "-5"])("keeps every digit of %s", (value) => {
    expect(str(modelAmount(value))).toBe(value)
  })
})

describe("num", () => {
  it.each([
    ["12.30", 12.3],
    [{ value: "0.1", precision: 20 }, 0.1],
    [null, null],
    [undefined, null],
  ])("%j goes out as %p", (value, expected) => {
    expect(num(value as never)).toBe(expected)
  })
})
