import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { BUYER_ROLES } from "../../../modules/company/models/company-buyer"
import { COMPANY_STATUSES } from "../../../modules/company/models/company"

const currencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "must be a 3-letter ISO 4217 currency code")
  .transform((c) => c.toLowerCase())

// Amounts arrive as numbers or decimal strings; strings keep every digit.
const amount = z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/, "must be a decimal amount")])

const address = z
  .object({
    address_1: z.string().min(1),
    address_2: z.string().nullish(),
    postal_code: z.string().min(1),
    city: z.string().min(1),
    province: z.string().nullish(),
    country_code: z.string().length(2).transform((c) => c.toLowerCase()),
  })
  .strict()

export const AdminGetCompaniesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  status: z.enum(COMPANY_STATUSES).optional(),
})

export const AdminGetCompanyParams = createSelectParams()

export const AdminCreateCompany = z
  .object({
    name: z.string().min(1),
    legal_name: z.string().min(1),
    vat_number: z.string().nullish(),
    registration_id: z.string().nullish(),
    billing_email: z.email(),
    billing_address: address.nullish(),
    currency_code: currencyCode,
    credit_limit: amount.nullish(),
    payment_term_id: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

export const AdminUpdateCompany = AdminCreateCompany.partial()
  .extend({
    status: z.enum(COMPANY_STATUSES).optional(),
    // Why a limit, term or status changed: kept in the credit history.
    reason: z.string().min(1).optional(),
  })
  .strict()

export const AdminAddCompanyBuyer = z
  .object({ customer_id: z.string().min(1), role: z.enum(BUYER_ROLES).default("buyer") })
  .strict()

export const AdminHoldCompany = z.object({ reason: z.string().min(1, "a hold needs a reason") }).strict()

export const AdminReleaseCompany = z.object({ reason: z.string().min(1).optional() }).strict()

export const AdminCreateCreditOverride = z
  .object({ cart_id: z.string().min(1), reason: z.string().min(1, "an override needs a reason") })
  .strict()

export const AdminReconcileExposure = z.object({ fix: z.boolean().default(false) }).strict()

export type AdminCreateCompanyType = z.infer<typeof AdminCreateCompany>
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>
