import { model } from "@medusajs/framework/utils"

export const ACTIVITY_TYPES = ["note", "call", "email", "letter"] as const

/** A collector's note or follow-up (a call to make by a date) on a company. */
export const CollectionActivity = model
  .define("collection_activity", {
    id: model.id({ prefix: "cact" }).primaryKey(),
    company_id: model.text(),
    type: model.enum([...ACTIVITY_TYPES]),
    body: model.text(),
    due_date: model.text().nullable(),
    done_at: model.dateTime().nullable(),
    created_by: model.text(),
  })
  .indexes([{ on: ["company_id", "created_at"] }])
