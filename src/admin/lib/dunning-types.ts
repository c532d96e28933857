/*
 * Dunning and collections as the admin API answers them. Enums and request
 * bodies are the server's own (type-only: erased from the bundle); the
 * routes' assembled answers are written here, each naming where it is built.
 */
import type { z } from "@medusajs/framework/zod"
import type { AdminRunDunning, AdminSaveDunningPolicy } from "../../api/dunning/validators"
import type { ACTIVITY_TYPES } from "../../modules/dunning/models/activity"
import type { CLAIM_KINDS, CLAIM_STATUSES } from "../../modules/dunning/models/claim"
import type { DISPUTE_REASONS, DISPUTE_STATUSES } from "../../modules/dunning/models/dispute"
import type { DunningChannel } from "../../modules/dunning/models/level"
import type { PROMISE_STATUSES } from "../../modules/dunning/models/promise"
import type { ReminderStatus } from "../../modules/dunning/models/reminder"
import type { PlannedReminder } from "../../modules/dunning/plan"

export type { DunningChannel, ReminderStatus }
export type ActivityType = (typeof ACTIVITY_TYPES)[number]
export type ClaimKind = (typeof CLAIM_KINDS)[number]
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export type DisputeReason = (typeof DISPUTE_REASONS)[number]
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]
export type PromiseStatus = (typeof PROMISE_STATUSES)[number]
export type Language = "fr" | "en"

/** A request body of POST /admin/dunning-policies(/:id), as the validator takes it. */
export type DunningPolicyBody = z.input<typeof AdminSaveDunningPolicy>
export type DunningLevelBody = DunningPolicyBody["levels"][number]

/** A rung of a policy's ladder, as GET /admin/dunning-policies sends it. */
export type DunningLevel = Omit<DunningLevelBody, "min_amount" | "channels"> & {
  id: string
  channels: DunningChannel[]
  min_amount: Record<string, string> | null
  claim_indemnity: boolean
  claim_interest: boolean
  place_hold: boolean
  needs_approval: boolean
}

export type DunningPolicy = {
  id: string
  name: string
  is_default: boolean
  promise_grace_days: number
  levels: DunningLevel[]
  created_at: string
}

/** A reminder as GET /admin/dunning-reminders and the company's timeline send it (src/api/dunning/reminders.ts). */
export type DunningReminder = {
  id: string
  run_id: string
  company_id: string
  level: number
  level_name: string
  as_of: string
  language: string
  channels: DunningChannel[]
  subject: string
  body: string
  recipient: string | null
  status: ReminderStatus
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  sent_at: string | null
  approved_by: string | null
  created_at: string
  currency_code: string
  total_open: string
  fee_total: string
  interest_total: string
  invoices: {
    invoice_id: string
    invoice_number: string | null
    level: number
    due_date: string
    days_late: number
    open_amount: string
    chased_amount: string
  }[]
  claims: Pick<DunningClaim, "id" | "invoice_id" | "invoice_number" | "kind" | "amount" | "status">[]
}

/** A fee or interest a reminder claimed, to turn into a debit note or waive. */
export type DunningClaim = {
  id: string
  reminder_id: string
  company_id: string
  invoice_id: string
  invoice_number: string | null
  kind: ClaimKind
  currency_code: string
  amount: string
  status: ClaimStatus
  debit_note_id: string | null
  decision_reason: string | null
  created_at: string
}

export type Dispute = {
  id: string
  company_id: string
  invoice_id: string
  invoice_number: string | null
  currency_code: string
  amount: string
  reason_code: DisputeReason
  message: string
  status: DisputeStatus
  opened_by_type: "buyer" | "admin"
  resolution_note: string | null
  resolved_at: string | null
  created_at: string
}

export type PaymentPromise = {
  id: string
  company_id: string
  currency_code: string
  amount: string
  promised_date: string
  grace_days: number
  invoice_ids: string[]
  status: PromiseStatus
  created_by_type: "buyer" | "admin"
  note: string | null
  created_at: string
}

export type CollectionActivity = {
  id: string
  company_id: string
  type: ActivityType
  body: string
  due_date: string | null
  done_at: string | null
  created_by: string
  created_at: string
}

/** Where a company stands (src/workflows/dunning/collections.ts): its figures and what comes next. */
export type CompanyStanding = {
  company_id: string
  company_name: string
  overdue_invoices: number
  oldest_due_date: string
  days_late: number
  urgency: string
  amounts: {
    currency_code: string
    overdue: string
    disputed: string
    promised: string
    unallocated_cash: string
  }[]
  cash_to_match: boolean
  on_hold: boolean
  hold_reason: string | null
  last_reminder: { id: string; level: number; level_name: string; status: string; created_at: string } | null
  next_action: { level: number; name: string; date: string } | null
  open_disputes: number
  /** The dates of the open promises, earliest first. */
  promises_due: string[]
  /** Kept over kept and broken, 0 to 1; null before any came due. */
  promise_keeping_rate: number | null
  next_activity: { id: string; type: ActivityType; body: string; due_date: string | null } | null
}

/** A row of GET /admin/collections. */
export type CollectionRow = CompanyStanding & { collector_id: string | null }

export type DunningAccount = {
  policy_id: string | null
  effective_policy_id: string | null
  collector_id: string | null
  in_insolvency: boolean
  paused: boolean
}

/** GET /admin/companies/:id/dunning. */
export type CompanyDunning = {
  as_of: string
  account: DunningAccount
  standing: CompanyStanding | null
  reminders: DunningReminder[]
  disputes: Dispute[]
  promises: PaymentPromise[]
  activities: CollectionActivity[]
}

/** GET /admin/invoices/:id/dunning. */
export type InvoiceDunning = {
  invoice_id: string
  /** The highest level the invoice was reminded at; 0: never. */
  level: number
  reminders: { id: string; level: number; level_name: string; status: ReminderStatus; as_of: string }[]
  disputes: Dispute[]
}

/** A reminder of POST /admin/dunning-runs; a dry run's with what it would say (`plan`). */
export type RunReminder = {
  id: string | null
  company_id: string
  level: number
  level_name: string
  place_hold: boolean
  status: ReminderStatus
  currency_code: string
  subject: string
  plan?: Pick<PlannedReminder, "items" | "total_open" | "fee_total" | "interest_total" | "missing_rates">
}

/** What a run did (or, dry, would do): src/workflows/dunning/steps/complete-dunning-run.ts. */
export type RunSummary = {
  companies: number
  reminders: number
  awaiting_approval: number
  invoices_escalated: number
  holds_placed: number
  /** Companies not chased, per reason. */
  skipped: Record<string, number>
}

export type DunningRunResult = {
  dry_run: boolean
  dunning_run: { id: string; as_of: string; status: string } | null
  summary: RunSummary
  reminders: RunReminder[]
  skipped: { company_id: string; reason: string }[]
}

export type RunDunningBody = z.input<typeof AdminRunDunning>

/** A half-year's published rates, in percent. */
export type InterestRate = {
  id: string
  starts_on: string
  ecb_refinancing_rate: string
  legal_interest_rate: string
}

export type AdminUser = { id: string; email: string; first_name: string | null; last_name: string | null }
