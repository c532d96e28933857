import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

export const BUYER_ROLES = ["buyer", "admin"] as const
export type BuyerRole = (typeof BUYER_ROLES)[number]

/** A Medusa customer who buys for a company; a customer belongs to at most one company. */
export const CompanyBuyer = model
  .define("company_buyer", {
    id: model.id({ prefix: "cbuy" }).primaryKey(),
    customer_id: model.text(),
    // admin: sees all of the company's documents
    role: model.enum([...BUYER_ROLES]).default("buyer"),
    company: model.belongsTo(() => Company, { mappedBy: "buyers" }),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
