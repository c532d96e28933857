import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CompanyModule from "../modules/company"

/** The company an order was placed for (created when an on-account order is placed). */
export default defineLink(CompanyModule.linkable.company, { linkable: OrderModule.linkable.order, isList: true })
