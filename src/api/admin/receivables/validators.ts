import { z } from "@medusajs/framework/zod"
import { parseCalendarDate } from "../../../lib/time"
import { amountSchema } from "../../../lib/amount-input"
import { currencyCode } from "../companies/validators"

// Messages name their field: Medusa reports zod issues without the path.
const calendarDate = (field: string) =>
  z.string().refine(
    (value) => {
      try {
        parseCalendarDate(value)
        return true
      } catch {
        return false
      }
    },
    { message: `${field} must be a date as YYYY-MM-DD` }
  )

const tolerance = amountSchema("write_off_tolerance", { zero: true })

/**
 * A rule as a custom issue, so its sentence is the one the person reads:
 * Medusa's error formatter replaces the messages of `too_small` and
 * `too_big` with its own.
 */
const rule = <T>(check: (value: T) => boolean, message: string) => [check, { message }] as const

/** One of a list of values, refused with a sentence that lists them (Medusa's own lists them without one). */
const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z.custom<T>().superRefine((value, ctx) => {
    if (!values.includes(value)) {
      ctx.addIssue({
        code: "custom",
        message: `${field} must be one of ${values.join(", ")}, not ${JSON.stringify(value)}`,
      })
    }
  })

/** A whole number query parameter within bounds, with a default. */
const wholeNumber = (field: string, min: number, max: number | null, fallback: number) =>
  z.coerce
    .number({ message: `${field} must be a whole number` })
    .refine(
      ...rule(
        (n: number) => Number.isInteger(n) && n >= min && (max === null || n <= max),
        max === null
          ? `${field} must be a whole number of ${min} or more`
          : `${field} must be a whole number from ${min} to ${max}`
      )
    )
    .default(fallback)

const settlement = z
  .object({
    invoice_id: z.string().min(1).optional(),
    entry_id: z.string().min(1).optional(),
    amount: amountSchema("allocations.amount"),
  })
  .strict()
  .refine((s) => !!s.invoice_id !== !!s.entry_id, {
    message: "each allocation names either an invoice_id or an entry_id (an instalment), not both",
  })

const settlements = z
  .array(settlement)
  .refine(
    ...rule((a: unknown[]) => a.length >= 1, "allocations must list at least one invoice or instalment")
  )
  .refine(...rule((a: unknown[]) => a.length <= 200, "allocations lists at most 200 items"))

export const PAYMENT_METHODS = ["bank_transfer", "check", "card", "cash", "direct_debit", "other"] as const

export const AdminReceivePayment = z
  .object({
    company_id: z
      .string({ message: "company_id is required" })
      .refine(...rule((id: string) => id.length > 0, "company_id is required")),
    currency_code: currencyCode.optional(),
    amount: amountSchema("amount"),
    received_on: calendarDate("received_on").optional(),
    method: z.enum(PAYMENT_METHODS, { message: `method must be one of ${PAYMENT_METHODS.join(", ")}` }),
    reference: z
      .string()
      .refine(...rule((r: string) => r.length <= 140, "reference is at most 140 characters"))
      .nullish(),
    allocate: z
      .enum(["oldest_first", "none"], { message: "allocate must be oldest_first or none" })
      .optional(),
    allocations: settlements.optional(),
    write_off_tolerance: tolerance.optional(),
    idempotency_key: z
      .string()
      .refine(
        ...rule((k: string) => k.length >= 8 && k.length <= 200, "idempotency_key is 8 to 200 characters")
      )
      .optional(),
  })
  .strict()
  .refine((p) => !(p.allocate && p.allocations), {
    message: "give either allocate or allocations, not both",
  })

export const AdminApplyPayment = z
  .object({ allocations: settlements.optional(), write_off_tolerance: tolerance.optional() })
  .strict()

export const AdminReversePayment = z
  .object({
    reason: z
      .string({ message: "reason is required: say why the payment is reversed" })
      .trim()
      .refine(...rule((r: string) => r.length >= 1, "reason is required: say why the payment is reversed"))
      .refine(...rule((r: string) => r.length <= 500, "reason is at most 500 characters")),
    reversed_on: calendarDate("reversed_on").optional(),
  })
  .strict()

export const AdminAgingParams = z
  .object({
    as_of: calendarDate("as_of").optional(),
    company_id: z.string().optional(),
    currency_code: currencyCode.optional(),
    buckets: z
      .string()
      .regex(/^\d+(,\d+)*$/, "buckets must be increasing whole numbers of days, like 30,60,90")
      .optional(),
  })
  .strict()

export const AdminKpiParams = z
  .object({
    from: calendarDate("from").optional(),
    to: calendarDate("to").optional(),
    currency_code: currencyCode.optional(),
  })
  .strict()

export const AdminOverdueCompaniesParams = z
  .object({
    as_of: calendarDate("as_of").optional(),
    currency_code: currencyCode.optional(),
    limit: wholeNumber("limit", 1, 100, 10),
  })
  .strict()

export const AdminLedgerParams = z
  .object({
    currency_code: currencyCode.optional(),
    limit: wholeNumber("limit", 1, 200, 50),
    offset: wholeNumber("offset", 0, null, 0),
  })
  .strict()

const statementPeriod = z.object({
  from: calendarDate("from").optional(),
  to: calendarDate("to").optional(),
  format: oneOf("format", ["json", "pdf"] as const).default("json"),
})
const periodInOrder = (p: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (p.from && p.to && p.from > p.to) {
    ctx.addIssue({ code: "custom", message: `from (${p.from}) must not be after to (${p.to})` })
  }
}

export const StatementParams = statementPeriod
  .extend({ currency_code: currencyCode.optional() })
  .strict()
  .superRefine(periodInOrder)

/** A buyer's statement is in the company's currency. */
export const StoreStatementParams = statementPeriod.strict().superRefine(periodInOrder)

export const PAYMENT_LIST_ORDERS = [
  "received_on",
  "-received_on",
  "amount",
  "-amount",
  "unapplied",
  "-unapplied",
] as const

export const AdminListPaymentsParams = z
  .object({
    company_id: z.string().optional(),
    from: calendarDate("from").optional(),
    to: calendarDate("to").optional(),
    currency_code: currencyCode.optional(),
    unapplied_only: oneOf("unapplied_only", ["true", "false"] as const)
      .transform((v) => v === "true")
      .optional(),
    order: oneOf("order", PAYMENT_LIST_ORDERS).default("-received_on"),
    limit: wholeNumber("limit", 1, 200, 50),
    offset: wholeNumber("offset", 0, null, 0),
  })
  .strict()
  .superRefine(periodInOrder)

export const AdminSendStatement = z
  .object({
    from: calendarDate("from").optional(),
    to: calendarDate("to").optional(),
    currency_code: currencyCode.optional(),
    recipient: z
      .email({ message: "recipient must be an e-mail address, such as compta@example.com" })
      .optional(),
  })
  .strict()
  .superRefine(periodInOrder)

export type AdminListPaymentsType = z.infer<typeof AdminListPaymentsParams>
export type AdminSendStatementType = z.infer<typeof AdminSendStatement>
export type AdminReceivePaymentType = z.infer<typeof AdminReceivePayment>
export type AdminApplyPaymentType = z.infer<typeof AdminApplyPayment>
export type StatementParamsType = z.infer<typeof StatementParams>
