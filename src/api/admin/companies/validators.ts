import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { BUYER_ROLES } from "../../../modules/company/models/company-buyer"
import { COMPANY_STATUSES } from "../../../modules/company/models/company"

// Messages name their field: Medusa reports zod issues without the path.
export const currencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code such as EUR")
  .transform((c) => c.toLowerCase())

// Amounts arrive as numbers or decimal strings; strings keep every digit.
const CREDIT_LIMIT_MESSAGE = 'credit_limit must be an amount of 0 or more, such as 5000 or "5000.50"'
const creditLimit = z.union([
  z.number().min(0, CREDIT_LIMIT_MESSAGE),
  z.string().regex(/^\d+(\.\d+)?$/, CREDIT_LIMIT_MESSAGE),
])

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
    billing_email: z.email("billing_email must be an email address"),
    billing_address: address.nullish(),
    currency_code: currencyCode,
    credit_limit: creditLimit.nullish(),
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
