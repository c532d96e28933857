import { currencyDecimals, formatMoney, moneyString } from "../../../lib/money"
import { parseCalendarDate } from "../../../lib/time"
import type { Language } from "./language"

/**
 * How figures and dates read in each language. English documents print
 * "20 Nov 2026" and "1,234.56 EUR"; French ones "20 novembre 2026" and
 * "1 234,56 €", the way a French accountant writes them.
 */
const STYLES: Record<Language, { locale: string; month: "short" | "long"; currency: "code" | "symbol" }> = {
  en: { locale: "en-GB", month: "short", currency: "code" },
  fr: { locale: "fr-FR", month: "long", currency: "symbol" },
}

export type FormatOptions = {
  /** Another locale for numbers, dates and country names, the labels staying in the document's language. */
  locale?: string
  /** "text" prints "20 Nov 2026", "iso" prints "2026-11-20". Default "text". */
  dates?: "text" | "iso"
}

export type Formatters = {
  locale: string
  /** A calendar date (YYYY-MM-DD). */
  date: (date: string) => string
  /** Bare figure with the currency's decimals, for table cells: "1,250.00" / "1 250,00". */
  amount: (amount: string) => string
  /** Figure with its currency: "1,250.00 EUR" / "1 250,00 €". */
  money: (amount: string) => string
  /** "20 %", "5.5 %" / "5,5 %". */
  percent: (rate: string) => string
  quantity: (quantity: number) => string
  /** A country's name from its ISO 3166 code: "France". */
  country: (countryCode: string) => string
}

export function formatters(
  language: Language,
  currencyCode: string,
  options: FormatOptions = {}
): Formatters {
  const style = STYLES[language]
  const locale = options.locale ?? style.locale
  const dateText = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: style.month,
    year: "numeric",
    timeZone: "UTC",
  })
  const percentFigure = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })
  const quantityFigure = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })
  const regions = new Intl.DisplayNames(locale, { type: "region", fallback: "code" })
  const currencySuffix = ` ${currencyCode.toUpperCase()}`
  // formatMoney owns the currency's decimals and rounding; tables drop its code suffix.
  const amount = (value: string) => formatMoney(value, currencyCode, locale).slice(0, -currencySuffix.length)
  return {
    locale,
    date: (date) => {
      // Calendar dates are days, not instants: read them at UTC midnight so no zone shifts the day.
      const day = parseCalendarDate(date)
      return options.dates === "iso" ? day : dateText.format(new Date(`${day}T00:00:00Z`))
    },
    amount,
    money:
      style.currency === "code"
        ? (value) => formatMoney(value, currencyCode, locale)
        : currencyFormat(locale, currencyCode),
    // Intl reads the decimal string exactly (ES2023), so "5.5" never goes through a float.
    percent: (rate) => `${percentFigure.format(rate as unknown as number)} %`,
    quantity: (quantity) => quantityFigure.format(quantity),
    country: (countryCode) => {
      const code = countryCode.toUpperCase()
      return regions.of(code) ?? code
    },
  }
}

/** "1 234,56 €": the currency's symbol where the locale puts it, from the exact rounded figure. */
function currencyFormat(locale: string, currencyCode: string): (amount: string) => string {
  // Our table of minor units, not Intl's, so the figure has exactly the decimals the document was issued with.
  const decimals = currencyDecimals(currencyCode)
  const figure = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
  return (amount) => figure.format(moneyString(amount, currencyCode) as unknown as number)
}
