import { model } from "@medusajs/framework/utils"

/** One pass of the ladder over the receivables as of a day (the daily job or an admin). */
export const DunningRun = model
  .define("dunning_run", {
    id: model.id({ prefix: "drun" }).primaryKey(),
    as_of: model.text(),
    dry_run: model.boolean().default(false),
    // Only this company, when set.
    company_id: model.text().nullable(),
    status: model.enum(["running", "completed", "failed"]).default("running"),
    triggered_by: model.text(),
    finished_at: model.dateTime().nullable(),
    // Counts: companies looked at, reminders written, invoices escalated, companies skipped and why.
    summary: model.json().nullable(),
    error: model.text().nullable(),
  })
  .indexes([{ on: ["as_of"] }])
