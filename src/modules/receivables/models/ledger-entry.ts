import { model } from "@medusajs/framework/utils"

export const ENTRY_TYPES = [
  "invoice",
  "credit_note",
  "payment",
  "refund",
  "write_off",
  "discount",
  "late_fee",
  "interest",
  "adjustment",
] as const

export const ENTRY_SOURCES = ["manual", "order", "bank_statement", "erp"] as const

/**
 * One movement of a company's account in one currency. Append-only: a
 * database trigger refuses updates and deletes; a mistake is corrected by a
 * reversing entry. Debits (invoice instalments, refunds, fees) are what the
 * company owes; credits (payments, credit notes, write-offs, discounts) pay
 * them off through allocations.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    company_id: model.text(),
    currency_code: model.text(),
    type: model.enum([...ENTRY_TYPES]),
    side: model.enum(["debit", "credit"]),
    // Always positive: the side says which way it moves the balance.
    amount: model.bigNumber(),
    effective_date: model.text(),
    // Debits: when the amount falls due (aging and overdue are by due date).
    due_date: model.text().nullable(),
    document_type: model.text().nullable(),
    document_id: model.text().nullable(),
    document_number: model.text().nullable(),
    source: model.enum([...ENTRY_SOURCES]).default("manual"),
    // The same key twice posts once; with different content it is refused.
    idempotency_key: model.text(),
    content_hash: model.text(),
    reverses_entry_id: model.text().nullable(),
    // A discount or write-off: the payment whose settlement booked it (reversed with it).
    payment_entry_id: model.text().nullable(),
    created_by: model.text(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["company_id", "currency_code", "effective_date"] },
    { on: ["document_id"], where: "document_id IS NOT NULL" },
    // Is this entry reversed? Asked by every payment read and write.
    { on: ["reverses_entry_id"], where: "reverses_entry_id IS NOT NULL" },
    { on: ["payment_entry_id"], where: "payment_entry_id IS NOT NULL" },
  ])
