import { MedusaError } from "@medusajs/framework/utils"
import { formatMoney } from "../../lib/money"

/** What a level's subject and body may say, as {{name}}: the facts of the reminder being written. */
export type LetterFacts = {
  company_name: string
  legal_name: string
  date: string
  level: number
  level_name: string
  currency_code: string
  total_open: string
  invoice_count: number
  oldest_due_date: string
  days_late: number
  fees: string
  interest: string
  seller_name: string
  iban: string
}

export const LETTER_FIELDS = [
  "company_name",
  "legal_name",
  "date",
  "level",
  "level_name",
  "total_open",
  "invoice_count",
  "oldest_due_date",
  "days_late",
  "fees",
  "interest",
  "seller_name",
  "iban",
] as const satisfies ReadonlyArray<keyof LetterFacts>

const LOCALES: Record<string, string> = { fr: "fr-FR", en: "en-GB" }
// Anything between double braces, so that {{Total}} or {{total-open}} is refused rather than sent as written.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g

/** The {{names}} a template uses that are not fields: empty when it is valid. */
export function unknownFields(template: string): string[] {
  const known = new Set<string>(LETTER_FIELDS)
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].filter((n) => !known.has(n))
}

/** Refuses a template with {{names}} that are not fields, naming them and the fields there are. */
export function assertKnownFields(template: string, where: string) {
  const unknown = unknownFields(template)
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${where} uses ${unknown.map((u) => `{{${u}}}`).join(", ")}, which ${unknown.length > 1 ? "are not fields" : "is not a field"}; the fields are ${LETTER_FIELDS.join(", ")}`
    )
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
const longDate = (locale: string) => {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    })
    dateFormats.set(locale, format)
  }
  return format
}

/** Dates and amounts as the letter's language writes them. */
function printable(facts: LetterFacts, language: string): Record<string, string> {
  const locale = LOCALES[language] ?? "en-GB"
  const day = (d: string) => (d ? longDate(locale).format(new Date(`${d}T00:00:00Z`)) : "")
  const money = (amount: string) => formatMoney(amount, facts.currency_code, locale)
  return {
    ...Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, String(v)])),
    date: day(facts.date),
    oldest_due_date: day(facts.oldest_due_date),
    total_open: money(facts.total_open),
    fees: money(facts.fees),
    interest: money(facts.interest),
  }
}

/** The template with its {{fields}} filled in; an unknown field is refused (see assertKnownFields). */
export function fillTemplate(template: string, facts: LetterFacts, language: string): string {
  assertKnownFields(template, "The template")
  const values = printable(facts, language)
  return template.replace(PLACEHOLDER, (_, name: string) => values[name])
}
