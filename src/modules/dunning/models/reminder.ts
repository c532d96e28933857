import { model } from "@medusajs/framework/utils"

export const REMINDER_STATUSES = ["awaiting_approval", "queued", "sent", "failed", "canceled"] as const
export type ReminderStatus = (typeof REMINDER_STATUSES)[number]

/**
 * One grouped reminder to a company, at the highest level due among its
 * invoices (the items). Written before it is sent: `queued` is the outbox,
 * a failed send is retried at `next_attempt_at`.
 */
export const DunningReminder = model
  .define("dunning_reminder", {
    id: model.id({ prefix: "drem" }).primaryKey(),
    run_id: model.text(),
    company_id: model.text(),
    policy_id: model.text(),
    level: model.number(),
    level_name: model.text(),
    as_of: model.text(),
    currency_code: model.text(),
    language: model.text(),
    channels: model.json(),
    subject: model.text(),
    body: model.text(),
    recipient: model.text().nullable(),
    status: model.enum([...REMINDER_STATUSES]).default("queued"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    approved_by: model.text().nullable(),
    total_open: model.bigNumber(),
    fee_total: model.bigNumber().default(0),
    interest_total: model.bigNumber().default(0),
  })
  .indexes([
    { on: ["company_id", "created_at"] },
    { on: ["run_id"] },
    { on: ["status", "next_attempt_at"], where: "status IN ('queued', 'failed')" },
  ])
