import { formatMoney } from "../../../lib/money"
import type { CreditEvent } from "../../../lib/types"

export const EVENT_LABEL: Record<string, string> = {
  limit_changed: "Credit limit",
  payment_term_changed: "Payment term",
  status_changed: "Status",
  hold: "Put on hold",
  release: "Hold released",
  override: "Over-limit approval",
  statement_sent: "Statement sent",
}

/** One event's change in words: "5,000.00 EUR → none", "Net 30 → Net 60", "to x@y for 2026-09-01 – 2026-11-30". */
export const describeEvent = (e: CreditEvent, termNames: Map<string, string>, currency: string) => {
  const from = e.from_value ?? {}
  const to = e.to_value ?? {}
  const arrow = (a: string, b: string) => `${a} → ${b}`
  const status = (value: unknown) => (value ? String(value).replace(/_/g, " ") : "none")
  switch (e.type) {
    case "limit_changed":
      return arrow(
        from.credit_limit == null ? "no credit line" : formatMoney(String(from.credit_limit), currency),
        to.credit_limit == null ? "no credit line" : formatMoney(String(to.credit_limit), currency)
      )
    case "payment_term_changed": {
      const term = (id: unknown) => (id ? (termNames.get(String(id)) ?? String(id)) : "none")
      return arrow(term(from.payment_term_id), term(to.payment_term_id))
    }
    case "hold":
      return to.buyer_message ? `buyer told: "${String(to.buyer_message)}"` : "buyer told the neutral message"
    case "override":
      return `cart ${String(to.cart_id)}`
    case "statement_sent":
      return `to ${String(to.recipient ?? "—")} for ${String(to.from ?? "—")} – ${String(to.to ?? "—")}`
    default:
      return arrow(status(from.status), status(to.status))
  }
}
