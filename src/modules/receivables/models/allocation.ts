import { model } from "@medusajs/framework/utils"

/**
 * Ties part of a credit entry to a debit entry of the same company and
 * currency. Append-only like entries: undoing an allocation adds one of the
 * opposite amount that names it.
 */
export const Allocation = model
  .define("ledger_allocation", {
    id: model.id({ prefix: "lalo" }).primaryKey(),
    company_id: model.text(),
    currency_code: model.text(),
    debit_entry_id: model.text(),
    credit_entry_id: model.text(),
    // Negative for an allocation undone.
    amount: model.bigNumber(),
    // From when the debit counts as paid by it in reports as of a date: the
    // later of the two entries' dates (or the day it was undone).
    effective_date: model.text(),
    reverses_allocation_id: model.text().nullable(),
    created_by: model.text(),
  })
  .indexes([{ on: ["debit_entry_id"] }, { on: ["credit_entry_id"] }, { on: ["company_id", "currency_code"] }])
