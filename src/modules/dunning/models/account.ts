import { model } from "@medusajs/framework/utils"

/**
 * A company's collections settings: the policy it is chased under (null:
 * the default), who collects it, and whether it is in insolvency
 * proceedings (no recovery indemnity may be claimed then).
 */
export const DunningAccount = model
  .define("dunning_account", {
    id: model.id({ prefix: "dacc" }).primaryKey(),
    company_id: model.text(),
    policy_id: model.text().nullable(),
    // The admin user who follows the company up.
    collector_id: model.text().nullable(),
    in_insolvency: model.boolean().default(false),
    // Chasing paused by hand for this company (the worklist still shows it).
    paused: model.boolean().default(false),
  })
  .indexes([{ on: ["company_id"], unique: true, where: "deleted_at IS NULL" }])
