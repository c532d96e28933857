import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { INVOICE_STATUSES } from "../../../modules/invoicing/status"

const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
const oneOrMany = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]))

/** Filters of GET /admin/invoices and /admin/credit-notes. */
export const AdminListInvoicesParams = createFindParams({ limit: 20, offset: 0 })
  .extend({
    limit: z.coerce
      .number()
      .int()
      .min(1, "limit must be at least 1")
      .max(100, "limit must be at most 100")
      .default(20),
    company_id: z.string().optional(),
    order_id: z.string().optional(),
    customer_id: z.string().optional(),
    status: oneOrMany(z.enum(INVOICE_STATUSES)).optional(),
    render_status: z.enum(["pending", "rendered", "failed"]).optional(),
    number: z.string().max(40).optional(),
    issued_from: calendarDate.optional(),
    issued_to: calendarDate.optional(),
  })
  .strict()

export type AdminListInvoicesParamsType = z.infer<typeof AdminListInvoicesParams>

export const AdminGetInvoiceXmlParams = z
  .object({ format: z.enum(["cii", "ubl"], { message: "format must be cii or ubl" }).default("cii") })
  .strict()

export const AdminCreateCreditNote = z
  .object({
    reason: z.string().trim().min(1, "reason is required: it is printed on the credit note").max(500),
    /** Invoice line positions and quantities; omitted: everything not yet credited (full credit note). */
    lines: z
      .array(
        z
          .object({
            position: z.number().int().min(1, "lines[].position must be a line number of the invoice"),
            quantity: z
              .number()
              .int("lines[].quantity must be a whole number")
              .min(1, "lines[].quantity must be at least 1"),
          })
          .strict()
      )
      .min(1, "lines must name at least one line; omit it to credit everything left")
      .optional(),
    include_shipping: z.boolean().optional(),
  })
  .strict()

export const AdminSendInvoice = z
  .object({ to: z.string().email("to must be an email address").optional() })
  .strict()
