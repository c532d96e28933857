import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

/** A credit controller's approval for one cart to go over the company's limit. */
export const CreditOverride = model
  .define("credit_override", {
    id: model.id({ prefix: "covr" }).primaryKey(),
    cart_id: model.text(),
    reason: model.text(),
    actor_id: model.text(),
    used_at: model.dateTime().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "credit_overrides" }),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])
