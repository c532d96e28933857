/**
 * The dunning context's events: names and payloads, the contract webhooks
 * publish (changing one is a breaking change). Emitted once, after the
 * change is committed. Amounts are decimal strings in `currency_code`.
 */
import type { DisputeResolution } from "./models/dispute"

export const DunningEvents = {
  RUN_COMPLETED: "dunning.run_completed",
  LEVEL_REACHED: "dunning.level_reached",
  REMINDER_SENT: "dunning.reminder_sent",
  DISPUTE_OPENED: "dispute.opened",
  DISPUTE_RESOLVED: "dispute.resolved",
  PROMISE_CREATED: "promise.created",
  PROMISE_KEPT: "promise.kept",
  PROMISE_BROKEN: "promise.broken",
  CLAIM_DECIDED: "dunning.claim_decided",
  REMINDER_APPROVED: "dunning.reminder_approved",
  REMINDER_CANCELED: "dunning.reminder_canceled",
  POLICY_SAVED: "dunning.policy_saved",
  ACCOUNT_UPDATED: "dunning.account_updated",
  ACTIVITY_RECORDED: "collection_activity.recorded",
  ACTIVITY_COMPLETED: "collection_activity.completed",
  RATES_SAVED: "dunning.interest_rates_saved",
} as const

/** A fee or interest claim was turned into a debit note or waived. */
export type DunningClaimDecidedPayload = {
  id: string
  company_id: string
  invoice_id: string
  kind: "indemnity" | "interest"
  decision: "debit" | "waive"
  amount: string
  currency_code: string
  debit_note_id: string | null
  actor_id: string
}

/** Ids and who: a reminder approved or canceled, a policy saved, a company's account or an activity changed. */
export type DunningChangePayload = { id: string; company_id?: string; actor_id: string }

export type DunningRunCompletedPayload = {
  id: string
  as_of: string
  dry_run: boolean
  reminders: number
}

/** An invoice was written into a reminder at a level (once per invoice and level). */
export type DunningLevelReachedPayload = {
  invoice_id: string
  company_id: string
  level: number
  reminder_id: string
}

export type DunningReminderSentPayload = {
  id: string
  company_id: string
  level: number
  channels: string[]
  recipient: string | null
  invoice_ids: string[]
  total_open: string
  currency_code: string
}

export type DisputeOpenedPayload = {
  id: string
  company_id: string
  invoice_id: string
  amount: string
  currency_code: string
  reason_code: string
  opened_by_type: "buyer" | "admin"
}

export type DisputeResolvedPayload = {
  id: string
  company_id: string
  invoice_id: string
  resolution: DisputeResolution
  actor_id: string
}

export type PromisePayload = {
  id: string
  company_id: string
  amount: string
  currency_code: string
  promised_date: string
}

/** The actor of what the plugin's dunning does by itself (an automatic hold and its release). */
export const DUNNING_ACTOR = "system:dunning"
