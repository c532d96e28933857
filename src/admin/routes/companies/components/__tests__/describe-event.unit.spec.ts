import type { CreditEvent } from "../../../../lib/types"
import { describeEvent } from "../describe-event"

const event = (
  type: string,
  from_value: CreditEvent["from_value"],
  to_value: CreditEvent["to_value"]
): CreditEvent => ({
  id: "cevt_1",
  type,
  actor_id: "user_1",
  reason: null,
  from_value,
  to_value,
  created_at: "2026-12-02T10:00:00.000Z",
})

const terms = new Map([
  ["pt_30", "Net 30"],
  ["pt_60", "Net 60"],
])

describe("describeEvent", () => {
  it.each<[string, CreditEvent, string]>([
    [
      "a new limit",
      event("limit_changed", { credit_limit: "5000" }, { credit_limit: "7535.6" }),
      "5,000.00 EUR → 7,535.60 EUR",
    ],
    [
      "a removed line",
      event("limit_changed", { credit_limit: "5000" }, { credit_limit: null }),
      "5,000.00 EUR → no credit line",
    ],
    [
      "a term change",
      event("payment_term_changed", { payment_term_id: "pt_30" }, { payment_term_id: "pt_60" }),
      "Net 30 → Net 60",
    ],
    [
      "a first term",
      event("payment_term_changed", { payment_term_id: null }, { payment_term_id: "pt_30" }),
      "none → Net 30",
    ],
    [
      "a hold without message",
      event("hold", { status: "active" }, { status: "on_hold" }),
      "buyer told the neutral message",
    ],
    [
      "a hold with a message",
      event("hold", { status: "active" }, { status: "on_hold", buyer_message: "Call us" }),
      'buyer told: "Call us"',
    ],
    ["a release", event("release", { status: "on_hold" }, { status: "active" }), "on hold → active"],
    ["a closure", event("status_changed", { status: "active" }, { status: "closed" }), "active → closed"],
    ["an override", event("override", null, { cart_id: "cart_1" }), "cart cart_1"],
    [
      "a statement sent",
      event("statement_sent", null, { recipient: "x@y.fr", from: "2026-09-01", to: "2026-11-30" }),
      "to x@y.fr for 2026-09-01 – 2026-11-30",
    ],
  ])("%s", (_, e, expected) => {
    expect(describeEvent(e, terms, "eur")).toBe(expected)
  })
})
