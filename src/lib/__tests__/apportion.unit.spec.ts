import { MathBN } from "@medusajs/framework/utils"
import { apportionRounded, moneyString } from "../money"

const total = (parts: string[]) => parts.reduce((acc, p) => MathBN.add(acc, p), MathBN.convert(0)).toFixed()

describe("apportionRounded", () => {
  it.each([
    // amounts, currency, target, expected parts
    [["0.333", "0.333", "0.334"], "eur", "1", ["0.33", "0.33", "0.34"]],
    [["33.3333", "33.3333", "33.3334"], "eur", "100", ["33.33", "33.33", "33.34"]],
    [["10", "20", "30"], "eur", "60", ["10.00", "20.00", "30.00"]],
    [["1.005", "2.004", "3.001"], "eur", "6.01", ["1.01", "2.00", "3.00"]],
    [["1.005", "2.004", "3.001"], "eur", "6.02", ["1.01", "2.01", "3.00"]],
    [["1.005", "2.004", "3.001"], "eur", "6.03", ["1.01", "2.01", "3.01"]],
    [["1.005", "2.004", "3.001"], "eur", "6.00", ["1.00", "2.00", "3.00"]],
    [["0.4", "0.4", "0.4"], "jpy", "1", ["1", "0", "0"]],
    [["100.6", "200.7", "0.9"], "jpy", "302", ["100", "201", "1"]],
    [["1.0004", "1.0004", "1.0002"], "kwd", "3.001", ["1.001", "1.000", "1.000"]],
    [["0.1234", "0.5678"], "kwd", "0.691", ["0.123", "0.568"]],
    [["5"], "eur", "5", ["5.00"]],
    [[], "eur", "0", []],
  ])("%j %s to %s -> %j", (amounts, currency, target, expected) => {
    const parts = apportionRounded(amounts, currency, target)
    expect(parts).toEqual(expected)
    expect(MathBN.eq(total(parts), target)).toBe(true)
  })

  it.each([
    // default target: the sum rounded half-up to the currency
    [["0.333", "0.333", "0.333"], "eur", "1.00"],
    [["0.335", "0.335"], "eur", "0.67"],
    [["0.0025", "0.0025"], "eur", "0.01"],
    [["0.0024", "0.0024"], "eur", "0.00"],
    [["0.5", "0.5", "0.5"], "jpy", "2"],
    [["0.25", "0.25"], "jpy", "1"],
    [["0.24", "0.25"], "jpy", "0"],
    [["0.0005", "0.0005", "0.0004"], "kwd", "0.001"],
    [["1234.5675", "0.0001"], "kwd", "1234.568"],
    [["19.99", "19.99", "19.99"], "eur", "59.97"],
  ])("defaults the target of %j %s to the rounded sum %s", (amounts, currency, expected) => {
    const parts = apportionRounded(amounts, currency)
    expect(total(parts)).toBe(MathBN.convert(expected).toFixed())
    expect(moneyString(total(parts), currency)).toBe(expected)
  })

  it.each([
    // the leftover units go to the largest cut-off fractions
    [["1.001", "1.009", "1.005"], "eur", "3.02", ["1.00", "1.01", "1.01"]],
    [["1.009", "1.001", "1.005"], "eur", "3.01", ["1.01", "1.00", "1.00"]],
    [["0.1", "0.9", "0.5", "0.7"], "jpy", "3", ["0", "1", "1", "1"]],
    [["0.1", "0.9", "0.5", "0.7"], "jpy", "2", ["0", "1", "0", "1"]],
    // ties go to the earliest index
    [["0.005", "0.005", "0.005"], "eur", "0.01", ["0.01", "0.00", "0.00"]],
    [["0.005", "0.005", "0.005"], "eur", "0.02", ["0.01", "0.01", "0.00"]],
    [["0.3", "0.5", "0.5", "0.5"], "jpy", "1", ["0", "1", "0", "0"]],
    [["0.5", "0.3", "0.5"], "jpy", "1", ["1", "0", "0"]],
    [["0.0005", "0.0005"], "kwd", "0.001", ["0.001", "0.000"]],
  ])("largest remainder: %j %s to %s -> %j", (amounts, currency, target, expected) => {
    expect(apportionRounded(amounts, currency, target)).toEqual(expected)
  })

  it("never moves an amount by a whole unit or more", () => {
    const amounts = ["12.3456", "0.0049", "7.995", "100", "0.5"]
    const parts = apportionRounded(amounts, "eur")
    parts.forEach((part, i) => {
      expect(MathBN.lt(MathBN.abs(MathBN.sub(part, amounts[i])), "0.01")).toBe(true)
    })
    expect(total(parts)).toBe("120.85")
  })

  it("accepts numbers and BigNumbers", () => {
    expect(apportionRounded([0.1, MathBN.convert("0.2"), "0.3"], "eur")).toEqual(["0.10", "0.20", "0.30"])
  })

  it("is case-insensitive on the currency", () => {
    expect(apportionRounded(["0.5", "0.5"], "JPY")).toEqual(["1", "0"])
  })

  it.each([
    [["-0.01"], "eur", undefined],
    [["1", "-1"], "eur", "0"],
    [["0", "-0.0001"], "kwd", undefined],
  ])("refuses negative amounts %j", (amounts, currency, target) => {
    expect(() => apportionRounded(amounts, currency, target)).toThrow("apportionRounded takes amounts >= 0")
  })

  // Known defect: a negative zero (what MathBN gives for -1e-21 / 2) is >= 0, but
  // isNegative() is true for it, so it is refused like a negative amount.
  it("takes a negative zero as zero", () => {
    expect(apportionRounded([MathBN.convert("-0"), "1"], "eur")).toEqual(["0.00", "1.00"])
  })

  it.each([
    // below the sum of the floors
    [["1.005", "2.004"], "eur", "2.99", "cannot apportion 3.009 to 2.99"],
    // more than one unit per amount above the floors
    [["1.005", "2.004"], "eur", "3.03", "cannot apportion 3.009 to 3.03"],
    [["0.4", "0.4"], "jpy", "3", "cannot apportion 0.8 to 3"],
    [["0.4", "0.4"], "jpy", "-1", "cannot apportion 0.8 to -1"],
    [[], "eur", "0.01", "cannot apportion 0 to 0.01"],
    [["1.0001"], "kwd", "1.002", "cannot apportion 1.0001 to 1.002"],
  ])("refuses the impossible target: %j %s to %s", (amounts, currency, target, message) => {
    expect(() => apportionRounded(amounts, currency, target)).toThrow(message)
  })

  it("refuses an unknown currency code", () => {
    expect(() => apportionRounded(["1"], "euro")).toThrow("is not an ISO 4217 currency code")
  })
})

describe("moneyString", () => {
  it.each([
    ["12.3", "eur", "12.30"],
    ["12", "eur", "12.00"],
    [12.3, "EUR", "12.30"],
    ["0", "eur", "0.00"],
    ["2.345", "eur", "2.35"],
    ["2.3449", "eur", "2.34"],
    ["-2.345", "eur", "-2.35"],
    ["1250", "jpy", "1250"],
    ["1250.4", "jpy", "1250"],
    ["1250.5", "jpy", "1251"],
    ["1", "kwd", "1.000"],
    ["1.2", "kwd", "1.200"],
    ["1.2345", "kwd", "1.235"],
    ["1.2344", "kwd", "1.234"],
    ["0.00001", "clf", "0.0000"],
    ["123456789012345.675", "eur", "123456789012345.68"],
    ["1e-7", "eur", "0.00"],
  ])("%p %s -> %s", (amount, currency, expected) => {
    expect(moneyString(amount, currency)).toBe(expected)
  })

  it("formats the exact decimal, not a float sum", () => {
    expect(moneyString(MathBN.add("0.1", "0.2"), "kwd")).toBe("0.300")
  })
})
