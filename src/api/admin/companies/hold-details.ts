import type { MedusaContainer } from "@medusajs/framework/types"
import { actorDisplays } from "./actors"

type CompanyRow = Record<string, any>

/**
 * Adds what the admin shows first about a company on hold: `on_hold`, and
 * `hold` with the internal note, the message for the buyer, since when and
 * by whom (null when not on hold). Companies read without their status
 * (`fields=id,name`) are left as asked.
 */
export async function withHoldDetails<T extends CompanyRow>(scope: MedusaContainer, companies: T[]) {
  const displays = await actorDisplays(
    scope,
    companies.map((c) => c.held_by)
  )
  return companies.map((company) => {
    if (!("status" in company)) {
      return company
    }
    const onHold = company.status === "on_hold"
    return {
      ...company,
      on_hold: onHold,
      hold: onHold
        ? {
            reason: company.hold_reason ?? null,
            buyer_message: company.hold_buyer_message ?? null,
            since: company.held_at ?? null,
            by: company.held_by
              ? { id: company.held_by, display: displays.get(company.held_by) ?? null }
              : null,
          }
        : null,
    }
  })
}

/** One company with its hold details. */
export async function withHoldDetail<T extends CompanyRow>(scope: MedusaContainer, company: T) {
  const [detailed] = await withHoldDetails(scope, [company])
  return detailed
}
