import { model } from "@medusajs/framework/utils"

/**
 * The published rates of one half-year (starts 1 January or 1 July), in
 * percent: the ECB main refinancing rate on that day and the French legal
 * interest rate for professional creditors. Maintained by the admin.
 */
export const LateInterestRate = model
  .define("late_interest_rate", {
    id: model.id({ prefix: "lirt" }).primaryKey(),
    starts_on: model.text(),
    ecb_refinancing_rate: model.text(),
    legal_interest_rate: model.text(),
  })
  .indexes([{ on: ["starts_on"], unique: true, where: "deleted_at IS NULL" }])
