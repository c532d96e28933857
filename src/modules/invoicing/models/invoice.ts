import { model } from "@medusajs/framework/utils"

/**
 * An invoice, a credit note or a debit note (one shape; a credit note names
 * the invoice it corrects, a debit note the late invoice its charge arises
 * from, both in `corrects_invoice_id`). Drafts are free to change; once
 * issued, the legal content is frozen by a database trigger, numbered
 * gaplessly in its series and chained to the previous document by its hash.
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    // Debit notes (late-payment charges) are numbered in the invoice series: see numbering.ts.
    kind: model.enum(["invoice", "credit_note", "debit_note"]).default("invoice"),
    // `void`: credit notes took all of it back ("Credited"). See status.ts.
    status: model
      .enum(["draft", "issued", "partially_paid", "paid", "partially_credited", "void"])
      .default("draft"),
    series: model.text().nullable(),
    sequence_number: model.number().nullable(),
    number: model.text().nullable(),
    order_id: model.text().nullable(),
    company_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    corrects_invoice_id: model.text().nullable(),
    // What the document was made from, unique per kind so that a redelivered
    // event never invoices twice: fulfillment:<id>, order:<id>, return:<id>,
    // cancel:<order id>, dunning_claim:<id> (debit notes); null for manual credit notes.
    source_ref: model.text().nullable(),
    order_display_id: model.text().nullable(),
    // Why a credit note was issued, as printed.
    reason: model.text().nullable(),
    payment_terms_text: model.text().nullable(),
    payment_reference: model.text().nullable(),
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
    // The rendered files (PDF is the Factur-X PDF/A-3 carrying the CII XML).
    // Rendering happens after issue and is retried until it succeeds.
    render_status: model.enum(["pending", "rendered", "failed"]).default("pending"),
    render_attempts: model.number().default(0),
    render_error: model.text().nullable(),
    pdf_file_id: model.text().nullable(),
    cii_file_id: model.text().nullable(),
    ubl_file_id: model.text().nullable(),
    delivery_status: model.enum(["not_sent", "sent", "failed"]).default("not_sent"),
    sent_at: model.dateTime().nullable(),
    sent_to: model.text().nullable(),
    // Its first delivery came after a failed render or on a later day than
    // its issue date: the buyer is told, with the original issue date.
    sent_late: model.boolean().default(false),
    send_error: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["series", "sequence_number"], unique: true, where: "sequence_number IS NOT NULL" },
    { on: ["number"], unique: true, where: "number IS NOT NULL" },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["company_id", "status"] },
    { on: ["kind", "source_ref"], unique: true, where: "source_ref IS NOT NULL" },
    { on: ["corrects_invoice_id"], where: "corrects_invoice_id IS NOT NULL" },
    { on: ["render_status"], where: "render_status <> 'rendered'" },
  ])
