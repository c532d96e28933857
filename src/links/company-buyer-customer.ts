import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

/** A buyer's Medusa customer, read through company_buyer.customer_id. */
export default defineLink(
  { linkable: CompanyModule.linkable.companyBuyer, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
