import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import PaymentTermModule from "../modules/payment-term"

/** A company's current payment term template, read through company.payment_term_id. */
export default defineLink(
  { linkable: CompanyModule.linkable.company, field: "payment_term_id" },
  PaymentTermModule.linkable.paymentTerm,
  { readOnly: true }
)
