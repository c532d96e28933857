import { z } from "@medusajs/framework/zod"
import { amountSchema } from "../../../lib/amount-input"
import { calendarDate, documentPeriod, oneOf, periodInOrder, rule, wholeNumber } from "../../../lib/query-input"
import { currencyCode } from "../companies/validators"

const tolerance = amountSchema("write_off_tolerance", { zero: true })

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

export const StatementParams = documentPeriod
  .extend({ currency_code: currencyCode.optional() })
  .strict()
  .superRefine(periodInOrder)

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
