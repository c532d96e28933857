import { model } from "@medusajs/framework/utils"

/**
 * An invoice in a reminder, at its own level. Unique per invoice and level:
 * whatever runs at once or again, an invoice's level is sent once.
 */
export const DunningItem = model
  .define("dunning_item", {
    id: model.id({ prefix: "ditm" }).primaryKey(),
    reminder_id: model.text(),
    company_id: model.text(),
    invoice_id: model.text(),
    invoice_number: model.text().nullable(),
    level: model.number(),
    // The run's day: an invoice moves up at most one level a day, so the same day run again sends nothing new.
    as_of: model.text(),
    due_date: model.text(),
    days_late: model.number(),
    open_amount: model.bigNumber(),
    // What the reminder chases: open, less what is disputed or promised.
    chased_amount: model.bigNumber(),
  })
  .indexes([{ on: ["invoice_id", "level"], unique: true }, { on: ["reminder_id"] }])
