import { transform } from "@medusajs/framework/workflows-sdk"
import type { HoldTransition } from "../../modules/company/account-update"
import { emitCompanyChangeEvents } from "./company-change-events"
import { updateCompanyStep } from "./steps/update-company"

export type CompanyHoldInput = {
  id: string
  actor_id: string
  /** The internal note (required, like any status change). */
  reason?: string | null
  /** What the buyer is told at checkout while on hold; a neutral sentence without one. */
  buyer_message?: string | null
}

const STATUS_AFTER = { hold: "on_hold", release: "active" } as const

/** Puts or lifts a hold as a company update, with that update's events; returns the company. */
export function changeCompanyHold(transition: HoldTransition, input: CompanyHoldInput) {
  const update = transform({ input }, ({ input }) => ({
    ...input,
    changes: { status: STATUS_AFTER[transition] },
    transition,
  }))
  const change = updateCompanyStep(update)
  emitCompanyChangeEvents(change, input)
  return transform({ change }, ({ change }) => change.company)
}
