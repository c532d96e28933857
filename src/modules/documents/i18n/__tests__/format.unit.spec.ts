import { formatters } from "../format"
import type { Language } from "../language"

// French groups thousands with a narrow no-break space and puts a no-break space before the symbol.
const NNBSP = "\u202f"
const NBSP = "\u00a0"

type TextFormatter = "money" | "amount" | "date" | "percent" | "country"

describe("formatters", () => {
  // The formatters that take text, each with the figures of both languages.
  it.each<[TextFormatter, Language, string, string, string]>([
    ["money", "en", "eur", "1234.56", "1,234.56 EUR"],
    ["money", "fr", "eur", "1234.56", `1${NNBSP}234,56${NBSP}€`],
    ["money", "en", "eur", "-40", "-40.00 EUR"],
    ["money", "fr", "eur", "40", `40,00${NBSP}€`],
    ["money", "en", "jpy", "8964", "8,964 JPY"],
    ["money", "fr", "jpy", "8964", `8${NNBSP}964${NBSP}JPY`],
    ["money", "en", "kwd", "25.65", "25.650 KWD"],
    ["money", "fr", "kwd", "25.65", `25,650${NBSP}KWD`],
    ["money", "fr", "eur", "1234567.005", `1${NNBSP}234${NNBSP}567,01${NBSP}€`],
    [
      "money",
      "fr",
      "eur",
      "12345678901234567.89",
      `12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567,89${NBSP}€`,
    ],
    ["amount", "en", "eur", "1234.5", "1,234.50"],
    ["amount", "fr", "eur", "1234.5", `1${NNBSP}234,50`],
    ["amount", "en", "jpy", "2490", "2,490"],
    ["amount", "fr", "kwd", "7.125", "7,125"],
    ["date", "en", "eur", "2026-12-02", "2 Dec 2026"],
    ["date", "fr", "eur", "2026-12-02", "2 décembre 2026"],
    ["date", "en", "eur", "2026-02-28", "28 Feb 2026"],
    ["date", "fr", "eur", "2026-08-01", "1 août 2026"],
    ["date", "fr", "eur", "2026-02-28", "28 février 2026"],
    ["percent", "en", "eur", "20", "20 %"],
    ["percent", "en", "eur", "5.5", "5.5 %"],
    ["percent", "fr", "eur", "5.5", "5,5 %"],
    ["percent", "fr", "eur", "12.15", "12,15 %"],
    ["country", "en", "eur", "FR", "France"],
    ["country", "fr", "eur", "DE", "Allemagne"],
    ["country", "en", "eur", "de", "Germany"],
    ["country", "fr", "eur", "BE", "Belgique"],
  ])("%s in %s, %s: %s -> %s", (formatter, language, currency, input, text) => {
    expect(formatters(language, currency)[formatter](input)).toBe(text)
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
