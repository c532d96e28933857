import { MedusaError } from "@medusajs/framework/utils"
import { fillTemplate, type LetterFacts, unknownFields } from "../letter-fields"

// Intl's fr-FR groups thousands with a narrow no-break space.
const NNBSP = "\u202f"
const KNOWN =
  "company_name, legal_name, date, level, level_name, total_open, invoice_count, oldest_due_date, days_late, fees, interest, seller_name, iban"

const FACTS: LetterFacts = {
  company_name: "Atelier Martin",
  legal_name: "Atelier Martin SARL",
  date: "2025-08-04",
  level: 4,
  level_name: "Mise en demeure",
  currency_code: "eur",
  total_open: "1250",
  invoice_count: 2,
  oldest_due_date: "2025-05-20",
  days_late: 76,
  fees: "40",
  interest: "26.42",
  seller_name: "Outillage Durand SAS",
  iban: "FR7630006000011234567890189",
}

// Every field once, in the order of the list.
const ALL =
  "{{company_name}}|{{legal_name}}|{{date}}|{{level}}|{{level_name}}|{{total_open}}|{{invoice_count}}|" +
  "{{oldest_due_date}}|{{days_late}}|{{fees}}|{{interest}}|{{seller_name}}|{{iban}}"

describe("fillTemplate", () => {
  it.each([
    [
      "fr: French dates and figures",
      "fr",
      `Atelier Martin|Atelier Martin SARL|4 août 2025|4|Mise en demeure|1${NNBSP}250,00 EUR|2|20 mai 2025|76|40,00 EUR|26,42 EUR|Outillage Durand SAS|FR7630006000011234567890189`,
    ],
    [
      "en: British dates, English figures",
      "en",
      "Atelier Martin|Atelier Martin SARL|4 August 2025|4|Mise en demeure|1,250.00 EUR|2|20 May 2025|76|40.00 EUR|26.42 EUR|Outillage Durand SAS|FR7630006000011234567890189",
    ],
    [
      "a language without a locale: as in English",
      "de",
      "Atelier Martin|Atelier Martin SARL|4 August 2025|4|Mise en demeure|1,250.00 EUR|2|20 May 2025|76|40.00 EUR|26.42 EUR|Outillage Durand SAS|FR7630006000011234567890189",
    ],
  ])("%s", (_, language, expected) => {
    expect(fillTemplate(ALL, FACTS, language)).toBe(expected)
  })

  it.each([
    ["spaces inside the braces", "Total : {{ total_open }}", {}, "fr", `Total : 1${NNBSP}250,00 EUR`],
    ["a field used twice", "{{days_late}} jours, {{days_late}} !", {}, "fr", "76 jours, 76 !"],
    ["no fields at all", "Bonjour,", {}, "fr", "Bonjour,"],
    [
      "millions, rounded to the cent",
      "{{total_open}}",
      { total_open: "1234567.891" },
      "fr",
      `1${NNBSP}234${NNBSP}567,89 EUR`,
    ],
    [
      "yen: no decimals",
      "{{total_open}} / {{fees}}",
      { currency_code: "jpy", total_open: "125000", fees: "0" },
      "en",
      "125,000 JPY / 0 JPY",
    ],
    ["a 1 January in French", "{{date}}", { date: "2026-01-01" }, "fr", "1 janvier 2026"],
    // Values go in as they are: no replacement patterns, no HTML.
    [
      "values taken literally",
      "{{company_name}}",
      { company_name: "Dupont & Fils $& $1" },
      "en",
      "Dupont & Fils $& $1",
    ],
  ])("%s", (_, template, over, language, expected) => {
    expect(fillTemplate(template, { ...FACTS, ...over }, language)).toBe(expected)
  })

  it.each([
    [
      "one unknown field",
      "Bonjour {{client}}",
      `The template uses {{client}}, which is not a field; the fields are ${KNOWN}`,
    ],
    [
      "several, each named once",
      "{{client}} doit {{ montant }} ({{client}})",
      `The template uses {{client}}, {{montant}}, which are not fields; the fields are ${KNOWN}`,
    ],
    [
      "currency_code: a fact, not a field",
      "{{total_open}} {{currency_code}}",
      `The template uses {{currency_code}}, which is not a field; the fields are ${KNOWN}`,
    ],
    [
      "a field written in capitals",
      "Dear {{Company_Name}}",
      `The template uses {{Company_Name}}, which is not a field; the fields are ${KNOWN}`,
    ],
  ])("refuses %s", (_, template, message) => {
    let error: unknown
    try {
      fillTemplate(template, FACTS, "fr")
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((error as MedusaError).message).toBe(message)
  })
})

describe("unknownFields", () => {
  it.each([
    ["", []],
    ["Relance {{level}} : {{level_name}}", []],
    [ALL, []],
    ["{{ fees }} and {{interest}}", []],
    ["{{montant}} {{montant}} {{client}}", ["montant", "client"]],
    ["{{currency_code}}", ["currency_code"]],
    // Anything between double braces is a field to check, or it would reach the customer as written.
    ["{{Total}}", ["Total"]],
    ["{{total-open}} {{ date du jour }}", ["total-open", "date du jour"]],
    ["{single} braces are text", []],
  ])("%j -> %j", (template, expected) => {
    expect(unknownFields(template)).toEqual(expected)
  })
})
