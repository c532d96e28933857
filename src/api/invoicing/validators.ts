import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { INVOICE_STATUSES } from "../../modules/invoicing/status"

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]))

/** The document list's filters both sides take; each side adds its own and makes the set strict. */
export const DocumentListParams = createFindParams({ limit: 20, offset: 0 }).extend({
  limit: z.coerce
    .number()
    .int()
    .min(1, "limit must be at least 1")
    .max(100, "limit must be at most 100")
    .default(20),
  order_id: z.string().optional(),
  status: oneOrMany(z.enum(INVOICE_STATUSES)).optional(),
  render_status: z.enum(["pending", "rendered", "failed"]).optional(),
  number: z.string().max(40).optional(),
  issued_from: calendarDate.optional(),
  issued_to: calendarDate.optional(),
})

export type DocumentListParamsType = z.infer<typeof DocumentListParams> & {
  company_id?: string
  customer_id?: string
}
