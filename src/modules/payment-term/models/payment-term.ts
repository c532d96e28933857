import { model } from "@medusajs/framework/utils"

/**
 * A payment term template ("Net 30", "30/70 split"). Orders keep a snapshot
 * of the term (and its version) they were placed with, so editing a template
 * never changes a past order or invoice.
 */
export const PaymentTerm = model
  .define("payment_term", {
    id: model.id({ prefix: "pterm" }).primaryKey(),
    code: model.text().searchable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    // [{ portion_percent, rule: { type, days | months }, discount?: { percent, days } }]
    instalments: model.json(),
    // Bumped each time the instalments change. Orders snapshot the term with
    // its version, and issued invoices store their computed due dates, so an
    // edit makes a new version for future orders and leaves the past alone.
    version: model.number().default(1),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])
