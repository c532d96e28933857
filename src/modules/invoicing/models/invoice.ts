import { model } from "@medusajs/framework/utils"

/**
 * An invoice or a credit note (same shape; a credit note names the invoice it
 * corrects). Drafts are free to change; once issued, the legal content is
 * frozen by a database trigger, numbered gaplessly in its series and chained
 * to the previous document by its hash.
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    kind: model.enum(["invoice", "credit_note"]).default("invoice"),
    status: model.enum(["draft", "issued", "partially_paid", "paid", "void"]).default("draft"),
    series: model.text().nullable(),
    sequence_number: model.number().nullable(),
    number: model.text().nullable(),
    order_id: model.text().nullable(),
    company_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    corrects_invoice_id: model.text().nullable(),
    currency_code: model.text(),
    issue_date: model.text().nullable(),
    supply_date: model.text().nullable(),
    purchase_order_ref: model.text().nullable(),
    seller: model.json().nullable(),
    buyer: model.json().nullable(),
    lines: model.json().nullable(),
    shipping: model.json().nullable(),
    tax_breakdown: model.json().nullable(),
    due_schedule: model.json().nullable(),
    subtotal: model.bigNumber().default(0),
    tax_total: model.bigNumber().default(0),
    total: model.bigNumber().default(0),
    hash: model.text().nullable(),
    previous_hash: model.text().nullable(),
    issued_at: model.dateTime().nullable(),
    pdf_file_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["series", "sequence_number"], unique: true, where: "sequence_number IS NOT NULL" },
    { on: ["number"], unique: true, where: "number IS NOT NULL" },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["company_id", "status"] },
  ])
