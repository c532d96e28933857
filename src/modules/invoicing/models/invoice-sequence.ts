import { model } from "@medusajs/framework/utils"

/** The last number taken in a series; its row lock serialises issuing in that series. */
export const InvoiceSequence = model
  .define("invoice_sequence", {
    id: model.id({ prefix: "iseq" }).primaryKey(),
    series: model.text(),
    last_number: model.number().default(0),
  })
  .indexes([{ on: ["series"], unique: true }])
