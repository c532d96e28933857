import { model } from "@medusajs/framework/utils"

export const CLAIM_KINDS = ["indemnity", "interest"] as const
export const CLAIM_STATUSES = ["claimed", "superseded", "debited", "waived"] as const

/**
 * A fee or interest a reminder claims for one invoice. Nothing is booked
 * until a person turns it into a debit note or waives it. A later interest
 * claim for the same invoice supersedes an undecided earlier one (interest
 * keeps accruing).
 */
export const DunningClaim = model
  .define("dunning_claim", {
    id: model.id({ prefix: "dclm" }).primaryKey(),
    reminder_id: model.text(),
    company_id: model.text(),
    invoice_id: model.text(),
    invoice_number: model.text().nullable(),
    kind: model.enum([...CLAIM_KINDS]),
    currency_code: model.text(),
    amount: model.bigNumber(),
    // Interest: the periods it was computed over (rate, days, amount).
    detail: model.json().nullable(),
    status: model.enum([...CLAIM_STATUSES]).default("claimed"),
    debit_note_id: model.text().nullable(),
    decision_reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["invoice_id", "kind"], unique: true, where: "kind = 'indemnity' AND deleted_at IS NULL" },
    { on: ["reminder_id"] },
    { on: ["company_id", "status"] },
  ])
