import { model } from "@medusajs/framework/utils"

export const PROMISE_STATUSES = ["open", "kept", "broken"] as const

/**
 * A company's promise to pay an amount by a date: the promised amount is not
 * chased until the date plus the policy's grace days. Kept when cash of at
 * least that amount arrives after it was made; broken otherwise.
 */
export const PaymentPromise = model
  .define("payment_promise", {
    id: model.id({ prefix: "ptp" }).primaryKey(),
    company_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    promised_date: model.text(),
    grace_days: model.number(),
    // The invoices it covers, oldest first; empty: the company's oldest overdue.
    invoice_ids: model.json(),
    status: model.enum([...PROMISE_STATUSES]).default("open"),
    created_by_type: model.enum(["buyer", "admin"]),
    created_by: model.text(),
    note: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["company_id", "status"] }])
