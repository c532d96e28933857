import { MathBN } from "@medusajs/framework/utils"
import { formatMoney } from "../../lib/money"

export type CompanyChanges = {
  credit_limit?: number | string | null
  payment_term_id?: string | null
  status?: "active" | "on_hold" | "closed"
  [field: string]: unknown
}

export type CreditSettingChange = { type: string; from_value: unknown; to_value: unknown }

export type CreditSettings = {
  name: string
  currency_code: string
  credit_limit: string | number | null
  payment_term_id: string | null
  status: string
}

/** The credit-history entries a change of settings makes: one per setting that really changes. */
export function creditSettingChanges(
  before: Omit<CreditSettings, "name" | "currency_code">,
  changes: CompanyChanges
) {
  const events: CreditSettingChange[] = []
  if (changes.credit_limit !== undefined) {
    const from = before.credit_limit === null ? null : MathBN.convert(before.credit_limit).toString()
    const to = changes.credit_limit === null ? null : MathBN.convert(changes.credit_limit).toString()
    if (from !== to)
      events.push({
        type: "limit_changed",
        from_value: { credit_limit: from },
        to_value: { credit_limit: to },
      })
  }
  if (changes.payment_term_id !== undefined && changes.payment_term_id !== before.payment_term_id) {
    events.push({
      type: "payment_term_changed",
      from_value: { payment_term_id: before.payment_term_id },
      to_value: { payment_term_id: changes.payment_term_id },
    })
  }
  if (changes.status !== undefined && changes.status !== before.status) {
    const type =
      changes.status === "on_hold" ? "hold" : before.status === "on_hold" ? "release" : "status_changed"
    events.push({ type, from_value: { status: before.status }, to_value: { status: changes.status } })
  }
  return events
}

const limitShown = (limit: string | null, currency: string) =>
  limit === null ? "no credit line" : formatMoney(limit, currency)

/** What one change is, in words, for the sentence that asks for its reason. */
function changeInWords(company: CreditSettings, change: CreditSettingChange): string {
  const from = change.from_value as Record<string, string | null>
  const to = change.to_value as Record<string, string | null>
  switch (change.type) {
    case "limit_changed":
      return `the credit limit from ${limitShown(from.credit_limit, company.currency_code)} to ${limitShown(to.credit_limit, company.currency_code)}`
    case "payment_term_changed":
      return "the payment term"
    default:
      return `the status from ${String(from.status).replace(/_/g, " ")} to ${String(to.status).replace(/_/g, " ")}`
  }
}

/**
 * Limit, payment-term and status changes are recorded with the reason the
 * person typed; without one the change is refused. Null when nothing credit
 * related changes or a reason is given.
 */
export function missingReasonMessage(
  company: CreditSettings,
  changes: CreditSettingChange[],
  reason: string | null | undefined
): string | null {
  if (!changes.length || reason?.trim()) {
    return null
  }
  const what = changes.map((c) => changeInWords(company, c)).join(" and ")
  return `${company.name}: a reason is required to change ${what}. Send it as "reason"; it is kept in the credit history.`
}
