import { model } from "@medusajs/framework/utils"
import { DunningPolicy } from "./policy"

export const DUNNING_CHANNELS = ["email", "letter"] as const
export type DunningChannel = (typeof DUNNING_CHANNELS)[number]

/**
 * One rung of a policy's ladder. `templates` holds the subject and body per
 * language ({ fr: { subject, body }, en: { subject, body } }), with
 * {{fields}} filled in when a reminder is written (see letter-fields.ts).
 */
export const DunningLevel = model
  .define("dunning_level", {
    id: model.id({ prefix: "dlvl" }).primaryKey(),
    level: model.number(),
    name: model.text(),
    // Days from the due date; negative: a courtesy notice before it.
    offset_days: model.number(),
    channels: model.json(),
    templates: model.json(),
    // Per currency (lower-case code): below this chased amount the level waits.
    min_amount: model.json().nullable(),
    // The 40 EUR recovery indemnity, once per invoice (D441-5).
    claim_indemnity: model.boolean().default(false),
    // Late-payment interest to date (L441-10).
    claim_interest: model.boolean().default(false),
    // Reaching this level puts the company on hold (released when nothing is overdue at it).
    place_hold: model.boolean().default(false),
    // The reminder waits in the worklist until a person approves it.
    needs_approval: model.boolean().default(false),
    policy: model.belongsTo(() => DunningPolicy, { mappedBy: "levels" }),
  })
  .indexes([{ on: ["policy_id", "level"], unique: true, where: "deleted_at IS NULL" }])
