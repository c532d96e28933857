import { z } from "@medusajs/framework/zod"
import { DocumentListParams } from "../../invoicing/validators"

/** Filters of GET /store/invoices: the merchant's own filters (company, customer) are the buyer's scope here. */
export const StoreListInvoicesParams = DocumentListParams.extend({
  kind: z
    .enum(["invoice", "credit_note"], { message: "kind must be invoice or credit_note" })
    .default("invoice"),
}).strict()

export type StoreListInvoicesParamsType = z.infer<typeof StoreListInvoicesParams>
