import { model } from "@medusajs/framework/utils"
import { DunningLevel } from "./level"

/**
 * How a company is chased: an ordered ladder of levels. One policy is the
 * default; a company may be assigned another (its dunning account).
 */
export const DunningPolicy = model
  .define("dunning_policy", {
    id: model.id({ prefix: "dpol" }).primaryKey(),
    name: model.text().searchable(),
    is_default: model.boolean().default(false),
    // Days a promise to pay keeps dunning paused after its date, waiting for the cash.
    promise_grace_days: model.number().default(3),
    levels: model.hasMany(() => DunningLevel, { mappedBy: "policy" }),
  })
  .cascades({ delete: ["levels"] })
