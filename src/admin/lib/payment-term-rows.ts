import type { PaymentTerm } from "./types"

export type Instalment = PaymentTerm["instalments"][number]

/** The due-date rules of the API: what the form's select shows, the unit of its count, and how the list says it. */
export const DUE_DATE_RULES = [
  {
    type: "days_after_invoice",
    label: "Days after the invoice date",
    unit: "days",
    describe: (n: number) => `${n} days after the invoice date`,
  },
  {
    type: "days_after_end_of_month",
    label: "End of the invoice month, then days",
    unit: "days",
    describe: (n: number) => `end of the invoice month + ${n} days`,
  },
  {
    type: "end_of_month_after_months",
    label: "End of the month, months after the invoice month",
    unit: "months",
    describe: (n: number) => `end of the month, ${n} month(s) after the invoice month`,
  },
  {
    type: "days_then_end_of_month",
    label: "Invoice date + days, then end of that month",
    unit: "days",
    describe: (n: number) => `invoice date + ${n} days, then the end of that month`,
  },
] as const

export type RuleType = (typeof DUE_DATE_RULES)[number]["type"]

/** One instalment as the form holds it: text inputs, converted on save. */
export type InstalmentRow = {
  portion_percent: string
  rule: RuleType
  count: string
  discount_percent: string
  discount_days: string
}

export const emptyRow = (portion = "100"): InstalmentRow => ({
  portion_percent: portion,
  rule: "days_after_invoice",
  count: "30",
  discount_percent: "",
  discount_days: "",
})

const unitOf = (rule: string) => DUE_DATE_RULES.find((r) => r.type === rule)?.unit ?? "days"

export function rowsFromInstalments(instalments: Instalment[]): InstalmentRow[] {
  return instalments.map((i) => ({
    portion_percent: String(i.portion_percent),
    rule: i.rule.type as RuleType,
    count: String((unitOf(i.rule.type) === "months" ? i.rule.months : i.rule.days) ?? 0),
    discount_percent: i.discount ? String(i.discount.percent) : "",
    discount_days: i.discount ? String(i.discount.days) : "",
  }))
}

const isNumber = (text: string) => /^\d+(\.\d+)?$/.test(text.trim())
const isWhole = (text: string) => /^\d+$/.test(text.trim())

/** Hundredths of a percent, so that portions add up without floating-point error. */
const hundredths = (text: string) => {
  const [whole, fraction = ""] = text.trim().split(".")
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2))
}

/**
 * The instalments the API takes, or the first problem with the rows as a
 * sentence naming the row. The API checks again (and the legal maximum).
 */
export function instalmentsFromRows(rows: InstalmentRow[]): Instalment[] | string {
  if (!rows.length) {
    return "Add at least one instalment."
  }
  const instalments: Instalment[] = []
  for (const [index, row] of rows.entries()) {
    const name = `Instalment ${index + 1}`
    if (!isNumber(row.portion_percent) || hundredths(row.portion_percent) === 0) {
      return `${name}: enter a portion above 0 %, such as 30 or 33.33.`
    }
    const unit = unitOf(row.rule)
    if (!isWhole(row.count)) {
      return `${name}: enter a whole number of ${unit}.`
    }
    const hasDiscount = row.discount_percent.trim() !== "" || row.discount_days.trim() !== ""
    if (hasDiscount && (!isNumber(row.discount_percent) || !isWhole(row.discount_days))) {
      return `${name}: an early-payment discount needs a percent (such as 2) and a whole number of days (such as 10).`
    }
    const count = Number(row.count.trim())
    instalments.push({
      portion_percent: Number(row.portion_percent.trim()),
      rule: unit === "months" ? { type: row.rule, months: count } : { type: row.rule, days: count },
      discount: hasDiscount
        ? { percent: Number(row.discount_percent.trim()), days: Number(row.discount_days.trim()) }
        : null,
    })
  }
  const total = rows.reduce((sum, row) => sum + hundredths(row.portion_percent), 0)
  if (total !== 10000) {
    return `The portions add up to ${total / 100} %; they must add up to 100 %.`
  }
  return instalments
}

/** "30 %: 30 days after the invoice date (2 % off within 10 days)", for the list. */
export function describeInstalments(instalments: Instalment[]): string {
  return instalments
    .map((i) => {
      const rule = DUE_DATE_RULES.find((r) => r.type === i.rule.type)
      const count = (rule?.unit === "months" ? i.rule.months : i.rule.days) ?? 0
      const text = rule ? rule.describe(count) : i.rule.type
      const discount = i.discount ? ` (${i.discount.percent} % off within ${i.discount.days} days)` : ""
      return `${i.portion_percent} %: ${text}${discount}`
    })
    .join("; ")
}
