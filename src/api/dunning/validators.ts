import { z } from "@medusajs/framework/zod"
import { amountSchema } from "../../lib/amount-input"
import { calendarDate, oneOf, rule, wholeNumber } from "../../lib/query-input"
import { DUNNING_CHANNELS } from "../../modules/dunning/models/level"
import { ACTIVITY_TYPES } from "../../modules/dunning/models/activity"
import { DISPUTE_REASONS, DISPUTE_STATUSES } from "../../modules/dunning/models/dispute"
import { PROMISE_STATUSES } from "../../modules/dunning/models/promise"
import { REMINDER_STATUSES } from "../../modules/dunning/models/reminder"

// Shared by the admin and store routes of the dunning context. Messages name their field.

// Amounts travel as decimal strings, whichever way they were sent.
const decimal = (field: string, rule?: { zero: boolean }) =>
  amountSchema(field, rule).transform((v) => String(v))

const text = (field: string, max: number) =>
  z
    .string({ message: `${field} is required` })
    .refine(...rule((s: string) => s.trim().length > 0, `${field} must not be empty`))
    .refine(...rule((s: string) => s.length <= max, `${field} is at most ${max} characters`))

const template = z
  .object(
    { subject: text("subject", 200), body: text("body", 5000) },
    { message: "a template has a subject and a body" }
  )
  .strict()

const level = z
  .object({
    level: z.number({ message: "level must be a whole number" }).int().min(1).max(20),
    name: text("name", 100),
    offset_days: z
      .number({ message: "offset_days must be a whole number of days" })
      .int()
      .refine(...rule((n: number) => n >= -60 && n <= 365, "offset_days must be from -60 to 365")),
    channels: z
      .array(oneOf("channels", DUNNING_CHANNELS))
      .refine(...rule((c: unknown[]) => c.length >= 1, "channels must list email, letter or both")),
    templates: z.object({ fr: template, en: template }, { message: "templates need fr and en" }).strict(),
    min_amount: z.record(z.string().regex(/^[a-z]{3}$/), decimal("min_amount", { zero: true })).nullish(),
    claim_indemnity: z.boolean().optional(),
    claim_interest: z.boolean().optional(),
    place_hold: z.boolean().optional(),
    needs_approval: z.boolean().optional(),
  })
  .strict()

export const AdminSaveDunningPolicy = z
  .object({
    name: text("name", 100),
    is_default: z.boolean().optional(),
    promise_grace_days: z.number().int().min(0).max(60).optional(),
    levels: z
      .array(level)
      .refine(...rule((l: unknown[]) => l.length >= 1 && l.length <= 20, "levels lists 1 to 20 levels")),
  })
  .strict()
export type AdminSaveDunningPolicyType = z.infer<typeof AdminSaveDunningPolicy>

export const AdminPreviewDunningLevel = z
  .object({ level, language: oneOf("language", ["fr", "en"] as const).default("fr") })
  .strict()

export const AdminRunDunning = z
  .object({
    as_of: calendarDate("as_of"),
    dry_run: z.boolean().default(false),
    company_id: z.string().min(1).optional(),
  })
  .strict()

const page = { limit: wholeNumber("limit", 1, 200, 50), offset: wholeNumber("offset", 0, null, 0) }

export const AdminListReminders = z.object({
  company_id: z.string().optional(),
  run_id: z.string().optional(),
  status: oneOf("status", REMINDER_STATUSES).optional(),
  ...page,
})

export const AdminListRuns = z.object(page)

export const AdminDecideClaim = z.object({ reason: z.string().max(500).optional() }).strict()
export const AdminWaiveClaim = z.object({ reason: text("reason", 500) }).strict()

export const DisputeBody = z
  .object({
    invoice_id: text("invoice_id", 100),
    amount: decimal("amount").optional(),
    reason_code: oneOf("reason_code", DISPUTE_REASONS),
    message: text("message", 2000),
  })
  .strict()
export const AdminOpenDispute = DisputeBody.extend({ company_id: text("company_id", 100) }).strict()

export const AdminResolveDispute = z
  .object({
    resolution: oneOf("resolution", ["rejected", "credited", "written_off"] as const),
    note: z.string().max(2000).optional(),
  })
  .strict()

export const AdminListDisputes = z.object({
  company_id: z.string().optional(),
  status: oneOf("status", DISPUTE_STATUSES).optional(),
  ...page,
})

export const PromiseBody = z
  .object({
    amount: decimal("amount"),
    promised_date: calendarDate("promised_date"),
    invoice_ids: z.array(z.string().min(1)).max(100).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
export const AdminCreatePromise = PromiseBody.extend({ company_id: text("company_id", 100) }).strict()

export const AdminListPromises = z.object({
  company_id: z.string().optional(),
  status: oneOf("status", PROMISE_STATUSES).optional(),
  ...page,
})

export const AdminUpdateDunningAccount = z
  .object({
    policy_id: z.string().min(1).nullable().optional(),
    collector_id: z.string().min(1).nullable().optional(),
    in_insolvency: z.boolean().optional(),
    paused: z.boolean().optional(),
  })
  .strict()

export const AdminRecordActivity = z
  .object({
    type: oneOf("type", ACTIVITY_TYPES),
    body: text("body", 2000),
    due_date: calendarDate("due_date").optional(),
  })
  .strict()

const percent = (field: string) =>
  z
    .string({ message: `${field} is required` })
    .regex(/^-?\d{1,2}(\.\d{1,4})?$/, `${field} must be a rate in percent such as 2.15`)

export const AdminSaveInterestRate = z
  .object({
    starts_on: calendarDate("starts_on").refine(
      ...rule(
        (d: string) => d.endsWith("-01-01") || d.endsWith("-07-01"),
        "starts_on must be a 1 January or a 1 July"
      )
    ),
    ecb_refinancing_rate: percent("ecb_refinancing_rate"),
    legal_interest_rate: percent("legal_interest_rate"),
  })
  .strict()

export const AdminCollectionsParams = z.object({ collector_id: z.string().optional(), ...page })

export const StoreListParams = z.object(page)

export const AdminListClaims = z.object({
  company_id: z.string().optional(),
  status: oneOf("status", ["claimed", "superseded", "debited", "waived"] as const).optional(),
  ...page,
})
