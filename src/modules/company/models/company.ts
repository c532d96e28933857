import { model } from "@medusajs/framework/utils"
import { CompanyBuyer } from "./company-buyer"
import { CreditCommitment } from "./credit-commitment"
import { CreditEvent } from "./credit-event"
import { CreditOverride } from "./credit-override"

export const COMPANY_STATUSES = ["active", "on_hold", "closed"] as const
export const COMPANY_LANGUAGES = ["fr", "en"] as const

export const Company = model
  .define("company", {
    id: model.id({ prefix: "comp" }).primaryKey(),
    name: model.text().searchable(),
    legal_name: model.text().searchable(),
    vat_number: model.text().searchable().nullable(),
    // SIREN in France, or the registry's id elsewhere
    registration_id: model.text().searchable().nullable(),
    billing_email: model.text(),
    billing_address: model.json().nullable(),
    currency_code: model.text(),
    // The language of its documents; null: the store's default language.
    language: model.enum([...COMPANY_LANGUAGES]).nullable(),
    status: model.enum([...COMPANY_STATUSES]).default("active"),
    // A hold's internal note, for the credit team only...
    hold_reason: model.text().nullable(),
    // ...and what the buyer is told at checkout (a neutral sentence when null).
    hold_buyer_message: model.text().nullable(),
    held_at: model.dateTime().nullable(),
    // The user who put the hold (null when not on hold).
    held_by: model.text().nullable(),
    // null: no credit (pay on account refused); 0: credit blocked
    credit_limit: model.bigNumber().nullable(),
    // Maintained in the same transaction as what changes them, never summed
    // from order history at checkout: on-account orders not yet invoiced...
    uninvoiced_exposure: model.bigNumber().default(0),
    // ...and a copy of the receivables ledger's balance in the company
    // currency, with the number of entries it was summed from (the copy
    // with more entries is the later one).
    receivables_exposure: model.bigNumber().default(0),
    receivables_entries: model.number().default(0),
    payment_term_id: model.text().nullable(),
    metadata: model.json().nullable(),
    buyers: model.hasMany(() => CompanyBuyer, { mappedBy: "company" }),
    commitments: model.hasMany(() => CreditCommitment, { mappedBy: "company" }),
    credit_events: model.hasMany(() => CreditEvent, { mappedBy: "company" }),
    credit_overrides: model.hasMany(() => CreditOverride, { mappedBy: "company" }),
  })
  // Deletion is refused while commitments exist (see DELETE /admin/companies/:id).
  .cascades({ delete: ["buyers", "credit_events", "credit_overrides"] })
