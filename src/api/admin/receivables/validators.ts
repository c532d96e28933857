import { z } from "@medusajs/framework/zod"
import { parseCalendarDate } from "../../../lib/time"
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

const positiveAmount = (field: string) => {
  const message = `${field} must be an amount more than 0, such as 120 or "120.50"`
  return z.union([
    z.number().positive(message),
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, message)
      .refine((v) => Number(v) > 0, message),
  ])
}

const tolerance = z.union([
  z.number().min(0, "write_off_tolerance must be 0 or more"),
  z.string().regex(/^\d+(\.\d+)?$/, 'write_off_tolerance must be an amount of 0 or more, such as "1.50"'),
])

const settlement = z
  .object({
    invoice_id: z.string().min(1).optional(),
    entry_id: z.string().min(1).optional(),
    amount: positiveAmount("allocations.amount"),
  })
  .strict()
  .refine((s) => !!s.invoice_id !== !!s.entry_id, {
    message: "each allocation names either an invoice_id or an entry_id (an instalment), not both",
  })

const settlements = z
  .array(settlement)
  .min(1, "allocations must list at least one invoice or instalment")
  .max(200, "allocations lists at most 200 items")

export const PAYMENT_METHODS = ["bank_transfer", "check", "card", "cash", "direct_debit", "other"] as const

export const AdminReceivePayment = z
  .object({
    company_id: z.string().min(1, "company_id is required"),
    currency_code: currencyCode.optional(),
    amount: positiveAmount("amount"),
    received_on: calendarDate("received_on").optional(),
    method: z.enum(PAYMENT_METHODS, { message: `method must be one of ${PAYMENT_METHODS.join(", ")}` }),
    reference: z.string().max(140, "reference is at most 140 characters").nullish(),
    allocate: z
      .enum(["oldest_first", "none"], { message: "allocate must be oldest_first or none" })
      .optional(),
    allocations: settlements.optional(),
    write_off_tolerance: tolerance.optional(),
    idempotency_key: z.string().min(8, "idempotency_key is at least 8 characters").max(200).optional(),
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
    reason: z.string().trim().min(1, "reason is required: say why the payment is reversed").max(500),
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
    limit: z.coerce
      .number()
      .int()
      .min(1, "limit must be at least 1")
      .max(100, "limit must be at most 100")
      .default(10),
  })
  .strict()

export const AdminLedgerParams = z
  .object({
    currency_code: currencyCode.optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1, "limit must be at least 1")
      .max(200, "limit must be at most 200")
      .default(50),
    offset: z.coerce.number().int().min(0, "offset must be 0 or more").default(0),
  })
  .strict()

const statementPeriod = z.object({
  from: calendarDate("from").optional(),
  to: calendarDate("to").optional(),
  format: z.enum(["json", "pdf"], { message: "format must be json or pdf" }).default("json"),
})
const periodInOrder = (p: { from?: string; to?: string }) => !p.from || !p.to || p.from <= p.to
const PERIOD_MESSAGE = { message: "from must not be after to" }

export const StatementParams = statementPeriod
  .extend({ currency_code: currencyCode.optional() })
  .strict()
  .refine(periodInOrder, PERIOD_MESSAGE)

/** A buyer's statement is in the company's currency. */
export const StoreStatementParams = statementPeriod.strict().refine(periodInOrder, PERIOD_MESSAGE)

export type AdminReceivePaymentType = z.infer<typeof AdminReceivePayment>
export type AdminApplyPaymentType = z.infer<typeof AdminApplyPayment>
export type StatementParamsType = z.infer<typeof StatementParams>
