import type { BigNumberInput } from "@medusajs/framework/types"
import { type BigNumber, MathBN } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { roundMoney, splitByPortions } from "../../lib/money"
import { addDays, addMonths, type CalendarDate, daysBetween, endOfMonth } from "../../lib/time"

/**
 * How an instalment's due date follows from the invoice date. The French
 * "45 jours fin de mois" has two readings in practice; this plugin uses
 * "invoice date + 45 days, then the end of that month" (days_then_end_of_month).
 */
export const DueDateRuleSchema = z.discriminatedUnion("type", [
  // Net 30: the invoice date + N days.
  z.object({ type: z.literal("days_after_invoice"), days: z.number().int().min(0).max(365) }),
  // "30 days end of month": the end of the invoice month, then + N days.
  z.object({ type: z.literal("days_after_end_of_month"), days: z.number().int().min(0).max(365) }),
  // The end of the month N months after the invoice month (0 = this month's end).
  z.object({ type: z.literal("end_of_month_after_months"), months: z.number().int().min(0).max(12) }),
  // "45 days end of month": the invoice date + N days, then the end of that month.
  z.object({ type: z.literal("days_then_end_of_month"), days: z.number().int().min(0).max(365) }),
])

export const InstalmentSchema = z.object({
  portion_percent: z.number().gt(0).max(100),
  rule: DueDateRuleSchema,
  // "2/10": 2 % off when paid within 10 days of the invoice date.
  discount: z
    .object({ percent: z.number().gt(0).lt(100), days: z.number().int().min(0).max(365) })
    .nullable()
    .optional(),
})

export const InstalmentsSchema = z
  .array(InstalmentSchema)
  .min(1, "a payment term needs at least one instalment")
  .max(12)
  .refine((list) => MathBN.eq(MathBN.add(...list.map((i) => i.portion_percent)), 100), {
    message: "instalment portions must add up to 100 %",
  })

export type DueDateRule = z.infer<typeof DueDateRuleSchema>
export type Instalment = z.infer<typeof InstalmentSchema>

/**
 * What an order keeps of its payment term: enough to compute its invoice's
 * due schedule however the template changes later, and which version of the
 * template it was.
 */
export function paymentTermSnapshot(term: {
  id: string
  code: string
  name: string
  version: number
  instalments: unknown
}) {
  return {
    id: term.id,
    code: term.code,
    name: term.name,
    version: term.version,
    instalments: term.instalments as Instalment[],
  }
}

export function dueDate(invoiceDate: CalendarDate, rule: DueDateRule): CalendarDate {
  switch (rule.type) {
    case "days_after_invoice":
      return addDays(invoiceDate, rule.days)
    case "days_after_end_of_month":
      return addDays(endOfMonth(invoiceDate), rule.days)
    case "end_of_month_after_months":
      return endOfMonth(addMonths(`${invoiceDate.slice(0, 8)}01`, rule.months))
    case "days_then_end_of_month":
      return endOfMonth(addDays(invoiceDate, rule.days))
  }
}

export type ScheduledInstalment = {
  due_date: CalendarDate
  portion_percent: number
  amount: BigNumber
  discount: { deadline: CalendarDate; percent: number; discounted_amount: BigNumber } | null
}

export type DueSchedule = { total: BigNumber; currency_code: string; instalments: ScheduledInstalment[] }

/** What settles an amount within its early-payment window: the amount less the percent, rounded to the currency. */
export function discountedAmount(amount: BigNumberInput, percent: BigNumberInput, currencyCode: string) {
  return roundMoney(MathBN.sub(amount, MathBN.div(MathBN.mult(amount, percent), 100)), currencyCode)
}

/**
 * The due schedule of an invoice: one entry per instalment, amounts rounded
 * to the currency and adding up exactly to the total (the last instalment
 * takes the rounding remainder), with the early-payment discount's deadline
 * and the amount that settles the instalment within it.
 */
export function computeDueSchedule(input: {
  instalments: Instalment[]
  invoiceDate: CalendarDate
  total: BigNumberInput
  currencyCode: string
}): DueSchedule {
  const { instalments, invoiceDate, currencyCode } = input
  const total = roundMoney(input.total, currencyCode)
  const amounts = splitByPortions(
    total,
    instalments.map((i) => i.portion_percent),
    currencyCode
  )
  return {
    total,
    currency_code: currencyCode,
    instalments: instalments.map((instalment, index) => {
      const amount = amounts[index]
      const discount = instalment.discount
        ? {
            deadline: addDays(invoiceDate, instalment.discount.days),
            percent: instalment.discount.percent,
            discounted_amount: discountedAmount(amount, instalment.discount.percent, currencyCode),
          }
        : null
      return {
        due_date: dueDate(invoiceDate, instalment.rule),
        portion_percent: instalment.portion_percent,
        amount,
        discount,
      }
    }),
  }
}

// Two years, one of them leap, cover every invoice day a rule can start from.
const SAMPLE_INVOICE_DATES: CalendarDate[] = Array.from({ length: 731 }, (_, i) => addDays("2027-01-01", i))

/** The longest a term can run from the invoice date to its last due date, in days. */
export function longestTermDays(instalments: Instalment[]): number {
  let longest = 0
  for (const invoiceDate of SAMPLE_INVOICE_DATES) {
    for (const { rule } of instalments) {
      longest = Math.max(longest, daysBetween(invoiceDate, dueDate(invoiceDate, rule)))
    }
  }
  return longest
}

/**
 * Code de commerce L441-10: agreed terms may not exceed 60 days from the
 * invoice date, or 45 days end of month when agreed. Returns a message for
 * people when the term is longer than allowed, null when it is fine.
 * `maxDays` 0 disables the check.
 */
export function legalTermViolation(instalments: Instalment[], maxDays: number): string | null {
  if (maxDays === 0) {
    return null
  }
  const tooLong = instalments.filter(({ rule }) => {
    const isAgreedEndOfMonth = rule.type === "days_then_end_of_month" && rule.days <= 45
    return !isAgreedEndOfMonth && longestTermDays([{ portion_percent: 100, rule }]) > maxDays
  })
  if (!tooLong.length) {
    return null
  }
  return (
    `This payment term can fall due ${longestTermDays(tooLong)} days after the invoice date; ` +
    `the maximum is ${maxDays} days (or 45 days end of month), Code de commerce L441-10.`
  )
}
