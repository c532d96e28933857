/**
 * The company context's events: names and payloads, the contract webhooks
 * publish (renaming one or a payload field is a breaking change). Each is
 * emitted once, after the workflow that made the change has committed.
 * Amounts are decimal strings in `currency_code`; `actor_id` is the admin
 * user who made the change.
 */
import type { BuyerRole } from "./models/company-buyer"
import type { CreditRefusal } from "./credit"

export const CompanyEvents = {
  CREATED: "company.created",
  UPDATED: "company.updated",
  DELETED: "company.deleted",
  BUYER_ADDED: "company.buyer_added",
  BUYER_REMOVED: "company.buyer_removed",
  BUYER_ROLE_CHANGED: "company.buyer_role_changed",
  CREDIT_LIMIT_CHANGED: "company.credit_limit_changed",
  HOLD_PLACED: "company.hold_placed",
  HOLD_RELEASED: "company.hold_released",
  CREDIT_OVERRIDE_RECORDED: "company.credit_override_recorded",
  ORDER_CREDIT_REFUSED: "order.credit_refused",
} as const

export type CompanyCreatedPayload = {
  id: string
  name: string
  currency_code: string
  /** null: no credit line. */
  credit_limit: string | null
  payment_term_id: string | null
  actor_id: string
}

export type CompanyUpdatedPayload = {
  id: string
  /** The fields whose stored value changed (empty when the update changed nothing). */
  changed: string[]
  actor_id: string
}

export type CompanyDeletedPayload = { id: string; actor_id: string }

export type CompanyBuyerPayload = {
  company_id: string
  customer_id: string
  role: BuyerRole
  actor_id: string
}

export type CompanyBuyerRoleChangedPayload = CompanyBuyerPayload & { previous_role: BuyerRole }

export type CompanyCreditLimitChangedPayload = {
  company_id: string
  /** null: no credit line. */
  from: string | null
  to: string | null
  currency_code: string
  reason: string | null
  actor_id: string
}

/**
 * Who changed a company when no person did: `system:<context>` (a dunning
 * level placing a hold, and lifting it once nothing is overdue at it).
 */
export const isSystemActor = (actorId: string) => actorId.startsWith("system:")

export type CompanyHoldPlacedPayload = {
  company_id: string
  /** Placed by the plugin (a dunning level), not by a person; the reason says why. */
  automatic: boolean
  /** The internal note, for the credit team only. */
  reason: string | null
  /** What the buyer is told at checkout (a neutral sentence when null). */
  buyer_message: string | null
  actor_id: string
}

export type CompanyHoldReleasedPayload = { company_id: string; reason: string | null; actor_id: string }

export type CompanyCreditOverrideRecordedPayload = {
  company_id: string
  cart_id: string
  override_id: string
  reason: string
  actor_id: string
}

/** A checkout on account refused for the company's credit or its hold (nothing was reserved). */
export type OrderCreditRefusedPayload = {
  cart_id: string
  company_id: string
  customer_id: string
  code: CreditRefusal["code"]
  /** The sentence the buyer was shown. */
  message: string
  amount: string
  /** Limit minus exposure at the time of the check; null without a credit line. */
  available_credit: string | null
  currency_code: string
}
