import { model } from "@medusajs/framework/utils"

export const DISPUTE_REASONS = ["price", "quantity", "quality", "not_received", "duplicate", "other"] as const
export const DISPUTE_STATUSES = ["open", "rejected", "credited", "written_off"] as const
export type DisputeResolution = Exclude<(typeof DISPUTE_STATUSES)[number], "open">

/** A buyer's or controller's objection to (part of) an invoice: that amount is not chased while open. */
export const Dispute = model
  .define("dispute", {
    id: model.id({ prefix: "disp" }).primaryKey(),
    company_id: model.text(),
    invoice_id: model.text(),
    invoice_number: model.text().nullable(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    reason_code: model.enum([...DISPUTE_REASONS]),
    message: model.text(),
    status: model.enum([...DISPUTE_STATUSES]).default("open"),
    opened_by_type: model.enum(["buyer", "admin"]),
    opened_by: model.text(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    resolution_note: model.text().nullable(),
    // The credit note or write-off that settled it.
    settled_by_id: model.text().nullable(),
  })
  .indexes([{ on: ["company_id", "status"] }, { on: ["invoice_id"] }])
