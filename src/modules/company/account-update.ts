import { MathBN } from "@medusajs/framework/utils"
import type { CompanyChanges } from "./credit-settings"
import type { LockedCompany } from "./repositories/company"

/** What an operation on a hold expects: putting one (not yet on hold) or lifting it (on hold). */
export type HoldTransition = "hold" | "release"

/** A change to a company's account, as the module's `updateCompanyAccount` takes it. */
export type CompanyAccountUpdate = {
  id: string
  changes: CompanyChanges
  actor_id: string
  /** Why a credit setting changes (required when one does); a hold's internal note. */
  reason?: string | null
  /** What the buyer of a company put on hold is told. */
  buyer_message?: string | null
  transition?: HoldTransition
}

/** Why a hold cannot be put or lifted now (a 409 for the person who asked), or null. */
export function holdTransitionConflict(
  company: Pick<LockedCompany, "name" | "status" | "hold_reason">,
  transition: HoldTransition | undefined
): string | null {
  if (transition === "hold" && company.status === "on_hold") {
    return `Company ${company.name} is already on hold (${company.hold_reason ?? "no note"}); release it first to put a new hold.`
  }
  if (transition === "release" && company.status !== "on_hold") {
    return `Company ${company.name} is not on hold (status: ${company.status})`
  }
  return null
}

const decimal = (value: unknown) =>
  value === null || value === undefined ? null : MathBN.convert(value as string).toString()

function sameValue(field: string, stored: unknown, next: unknown) {
  if (field === "credit_limit") {
    return decimal(stored) === decimal(next)
  }
  return JSON.stringify(stored ?? null) === JSON.stringify(next ?? null)
}

/**
 * The columns an update writes (a status change brings the hold's
 * bookkeeping: its note, the buyer's message, since when and by whom), the
 * values they had before, to put back if the workflow rolls back, and the
 * fields whose value really changes.
 */
export function accountUpdate(
  company: LockedCompany,
  input: { changes: CompanyChanges; actor_id: string; reason?: string | null; buyer_message?: string | null },
  now: Date
) {
  const update: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(input.changes)) {
    if (value !== undefined) update[field] = value
  }
  const { status } = input.changes
  if (status !== undefined && status !== company.status) {
    const holding = status === "on_hold"
    Object.assign(update, {
      hold_reason: holding ? (input.reason ?? null) : null,
      hold_buyer_message: holding ? (input.buyer_message ?? null) : null,
      held_at: holding ? now : null,
      held_by: holding ? input.actor_id : null,
    })
  }
  const stored = company as unknown as Record<string, unknown>
  const previous = Object.fromEntries(Object.keys(update).map((field) => [field, stored[field] ?? null]))
  const changed = Object.keys(input.changes).filter(
    (field) => input.changes[field] !== undefined && !sameValue(field, stored[field], input.changes[field])
  )
  return { update, previous, changed }
}
