import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { InstalmentsSchema } from "../../../modules/payment-term/due-schedule"

export const AdminGetPaymentTermsParams = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
})

export const AdminGetPaymentTermParams = createSelectParams()

export const AdminCreatePaymentTerm = z
  .object({
    code: z.string().regex(/^[a-z0-9_]+$/, "must be lowercase letters, digits and underscores"),
    name: z.string().min(1),
    description: z.string().nullish(),
    instalments: InstalmentsSchema,
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

export const AdminUpdatePaymentTerm = AdminCreatePaymentTerm.partial().strict()

export type AdminCreatePaymentTermType = z.infer<typeof AdminCreatePaymentTerm>
export type AdminUpdatePaymentTermType = z.infer<typeof AdminUpdatePaymentTerm>
