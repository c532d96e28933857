import { z } from "@medusajs/framework/zod"
import { DocumentListParams } from "../../invoicing/validators"

/** Filters of GET /admin/invoices and /admin/credit-notes. */
export const AdminListInvoicesParams = DocumentListParams.extend({
  company_id: z.string().optional(),
  customer_id: z.string().optional(),
}).strict()

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
