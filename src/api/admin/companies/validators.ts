import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { BUYER_ROLES } from "../../../modules/company/models/company-buyer"
import { COMPANY_LANGUAGES, COMPANY_STATUSES } from "../../../modules/company/models/company"
import { amountSchema } from "../../../lib/amount-input"
import {
  compactIdentifier,
  frenchRegistrationProblem,
  identifierSchema,
  looksFrench,
  normalizeRegistrationId,
  sirenOf,
  vatNumberProblem,
} from "../../../lib/identifiers"

// Messages name their field: Medusa reports zod issues without the path.
export const currencyCode = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code such as EUR")
  .transform((c) => c.toLowerCase())

// Amounts arrive as numbers or decimal strings; strings keep every digit.
const creditLimit = amountSchema("credit_limit", { zero: true })

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

// Why a credit setting changes. Required whenever one really changes, which
// only the stored values tell: the service refuses a missing or blank one
// with a sentence naming the change.
const reason = z.string().trim()

export const AdminGetCompaniesParams = createFindParams({ limit: 20, offset: 0 }).extend({
  q: z.string().optional(),
  status: z.enum(COMPANY_STATUSES).optional(),
})

export const AdminGetCompanyParams = createSelectParams()

const CompanyFields = z
  .object({
    name: z.string().min(1),
    legal_name: z.string().min(1),
    vat_number: identifierSchema(compactIdentifier, (value) => vatNumberProblem(value)).nullish(),
    registration_id: z.string().transform(normalizeRegistrationId).nullish(),
    billing_email: z.email("billing_email must be an email address"),
    billing_address: address.nullish(),
    currency_code: currencyCode,
    // The language of its invoices and statements; null: the store's default.
    language: z.enum(COMPANY_LANGUAGES, { message: "language must be fr or en" }).nullish(),
    credit_limit: creditLimit.nullish(),
    payment_term_id: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

/**
 * A French company's registration_id is its SIREN or SIRET and must pass its
 * check digit. French: its billing address or VAT number says so or, when
 * the request gives neither, its number has a SIREN's or SIRET's length.
 * A French VAT number and the registration number name the same SIREN.
 */
function frenchIdentifierRules(
  company: { vat_number?: string | null; registration_id?: string | null; billing_address?: { country_code: string } | null },
  ctx: z.RefinementCtx
) {
  const { vat_number, registration_id } = company
  if (!registration_id) {
    return
  }
  const country = company.billing_address?.country_code ?? (vat_number ? vat_number.slice(0, 2).toLowerCase() : null)
  if (country ? country !== "fr" : !looksFrench(registration_id)) {
    return
  }
  const problem = frenchRegistrationProblem(registration_id)
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem })
    return
  }
  const vatSiren = sirenOf(vat_number)
  if (vatSiren && vatSiren !== registration_id.slice(0, 9)) {
    ctx.addIssue({
      code: "custom",
      message: `vat_number ${vat_number} is for SIREN ${vatSiren}, but registration_id ${registration_id} is for SIREN ${registration_id.slice(0, 9)}`,
    })
  }
}

export const AdminCreateCompany = CompanyFields.superRefine(frenchIdentifierRules)

export const AdminUpdateCompany = CompanyFields.partial()
  .extend({
    status: z.enum(COMPANY_STATUSES).optional(),
    reason: reason.optional(),
  })
  .strict()
  .superRefine(frenchIdentifierRules)

export const AdminAddCompanyBuyer = z
  .object({ customer_id: z.string().min(1), role: z.enum(BUYER_ROLES).default("buyer") })
  .strict()

// `reason` is the hold's internal note; only `buyer_message` is ever shown to the buyer.
export const AdminHoldCompany = z
  .object({
    reason: reason.optional(),
    buyer_message: z.string().trim().nullish(),
  })
  .strict()

export const AdminReleaseCompany = z.object({ reason: reason.optional() }).strict()

export const AdminCreateCreditOverride = z
  .object({ cart_id: z.string().min(1), reason: z.string().min(1, "an override needs a reason") })
  .strict()

export type AdminCreateCompanyType = z.infer<typeof AdminCreateCompany>
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>
