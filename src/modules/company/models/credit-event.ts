import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

export const CREDIT_EVENT_TYPES = [
  "limit_changed",
  "payment_term_changed",
  "status_changed",
  "hold",
  "release",
  "override",
  // A statement of account e-mailed to the company (recorded by receivables).
  "statement_sent",
] as const

/** Append-only credit history: who changed what, when, from what to what, and why. */
export const CreditEvent = model.define("credit_event", {
  id: model.id({ prefix: "cevt" }).primaryKey(),
  type: model.enum([...CREDIT_EVENT_TYPES]),
  actor_id: model.text().nullable(),
  reason: model.text().nullable(),
  from_value: model.json().nullable(),
  to_value: model.json().nullable(),
  company: model.belongsTo(() => Company, { mappedBy: "credit_events" }),
})
