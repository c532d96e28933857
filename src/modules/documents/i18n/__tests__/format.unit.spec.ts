import { formatters } from "../format"
import type { Language } from "../language"

// French groups thousands with a narrow no-break space and puts a no-break space before the symbol.
const NNBSP = "\u202f"
const NBSP = "\u00a0"

describe("formatters", () => {
  it.each<[Language, string, string, string]>([
    ["en", "eur", "1234.56", "1,234.56 EUR"],
    ["fr", "eur", "1234.56", `1${NNBSP}234,56${NBSP}€`],
    ["en", "eur", "-40", "-40.00 EUR"],
    ["fr", "eur", "40", `40,00${NBSP}€`],
    ["en", "jpy", "8964", "8,964 JPY"],
    ["fr", "jpy", "8964", `8${NNBSP}964${NBSP}JPY`],
    ["en", "kwd", "25.65", "25.650 KWD"],
    ["fr", "kwd", "25.65", `25,650${NBSP}KWD`],
    ["fr", "eur", "1234567.005", `1${NNBSP}234${NNBSP}567,01${NBSP}€`],
    [
      "fr",
      "eur",
      "12345678901234567.89",
      `12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567,89${NBSP}€`,
    ],
  ])("money in %s, %s: %s -> %s", (language, currency, amount, text) => {
    expect(formatters(language, currency).money(amount)).toBe(text)
  })

  it.each<[Language, string, string, string]>([
    ["en", "eur", "1234.5", "1,234.50"],
    ["fr", "eur", "1234.5", `1${NNBSP}234,50`],
    ["en", "jpy", "2490", "2,490"],
    ["fr", "kwd", "7.125", "7,125"],
  ])("bare figures in %s, %s: %s -> %s", (language, currency, amount, text) => {
    expect(formatters(language, currency).amount(amount)).toBe(text)
  })

  it.each<[Language, string, string]>([
    ["en", "2026-12-02", "2 Dec 2026"],
    ["fr", "2026-12-02", "2 décembre 2026"],
    ["en", "2026-02-28", "28 Feb 2026"],
    ["fr", "2026-08-01", "1 août 2026"],
    ["fr", "2026-02-28", "28 février 2026"],
  ])("dates in %s: %s -> %s", (language, date, text) => {
    expect(formatters(language, "eur").date(date)).toBe(text)
  })

  it.each<[Language, string, string]>([
    ["en", "20", "20 %"],
    ["en", "5.5", "5.5 %"],
    ["fr", "5.5", "5,5 %"],
    ["fr", "12.15", "12,15 %"],
  ])("percentages in %s: %s -> %s", (language, rate, text) => {
    expect(formatters(language, "eur").percent(rate)).toBe(text)
  })

  it.each<[Language, string, string]>([
    ["en", "FR", "France"],
    ["fr", "DE", "Allemagne"],
    ["en", "de", "Germany"],
    ["fr", "BE", "Belgique"],
  ])("country names in %s: %s -> %s", (language, code, name) => {
    expect(formatters(language, "eur").country(code)).toBe(name)
  })

  it.each<[Language, number, string]>([
    ["en", 1500, "1,500"],
    ["fr", 1500, `1${NNBSP}500`],
    ["fr", 2.5, "2,5"],
  ])("quantities in %s: %s -> %s", (language, quantity, text) => {
    expect(formatters(language, "eur").quantity(quantity)).toBe(text)
  })

  it.each([
    ["another locale's figures, the language's style", { locale: "fr-FR" }, "20 nov. 2026", "196,53 EUR"],
    ["ISO dates", { dates: "iso" as const }, "2026-11-20", "196.53 EUR"],
  ])("takes %s", (_, options, date, money) => {
    const format = formatters("en", "eur", options)
    expect(format.date("2026-11-20")).toBe(date)
    expect(format.money("196.53")).toBe(money)
  })

  it("refuses a date that is not a calendar day", () => {
    expect(() => formatters("fr", "eur").date("2026-02-30")).toThrow()
  })
})
