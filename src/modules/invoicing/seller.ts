import { z } from "@medusajs/framework/zod"
import {
  compactIdentifier,
  frenchRegistrationProblem,
  identifierSchema,
  looksFrench,
  normalizeRegistrationId,
  vatNumberProblem,
} from "../../lib/identifiers"
import type { SellerIdentity } from "./document"

const text = (max: number) => z.string().trim().min(1).max(max)

export const PostalAddressSchema = z
  .object({
    line1: text(200),
    line2: z.string().trim().max(200).nullish(),
    postal_code: text(20),
    city: text(100),
    country_code: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "address.country_code must be a two-letter ISO 3166 country code")
      .transform((c) => c.toUpperCase()),
  })
  .strict()

const decimal = (field: string) =>
  z.string().regex(/^\d+(\.\d+)?$/, `${field} must be a decimal number such as 12.15`)

/** Every field of the seller's identity; the ones a legal B2B invoice cannot go without are required. */
export const SellerIdentitySchema = z
  .object({
    legal_name: text(200),
    trade_name: z.string().trim().max(200).nullish(),
    address: PostalAddressSchema,
    vat_id: identifierSchema(compactIdentifier, (value) => vatNumberProblem(value, "vat_id")),
    // A SIREN or SIRET (9 or 14 digits) must pass its check digit; a foreign
    // seller's register number keeps a loose shape.
    registration_id: identifierSchema(normalizeRegistrationId, (value) =>
      looksFrench(value)
        ? frenchRegistrationProblem(value)
        : /^[0-9A-Z ]{5,20}$/.test(value)
          ? null
          : `registration_id must be the company's registration number (SIREN or SIRET), got "${value}"`
    ),
    email: z.string().email().nullish(),
    phone: z.string().max(40).nullish(),
    legal_form: z.string().trim().max(50).nullable().default(null),
    share_capital: z.string().trim().max(50).nullable().default(null),
    trade_register: z.string().trim().max(100).nullable().default(null),
    iban: z
      .string()
      .transform((v) => v.replace(/\s+/g, "").toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, "iban must be an IBAN"))
      .nullable()
      .default(null),
    bic: z
      .string()
      .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, "bic must be a BIC (8 or 11 characters)")
      .nullable()
      .default(null),
    late_payment_rate: decimal("late_payment_rate").default("12.15"),
    recovery_indemnity: decimal("recovery_indemnity").default("40"),
    logo_url: z
      .string()
      .regex(
        /^data:image\/(png|jpeg|svg\+xml);base64,/,
        "logo_url must be a data: URL of a PNG, JPEG or SVG image"
      )
      .max(500_000)
      .nullable()
      .default(null),
    footer: z.string().max(1000).nullable().default(null),
  })
  .strict()

/** The same fields, all optional: what plugin options and the settings page each contribute. */
export const SellerIdentityOptionsSchema = SellerIdentitySchema.partial().strict()

export type SellerIdentityInput = z.input<typeof SellerIdentityOptionsSchema>

/**
 * The seller identity printed on new documents: the settings page's values
 * over the plugin options', field by field. Null with the list of what is
 * missing when the merged identity is not complete enough to invoice.
 */
export function resolveSellerIdentity(
  fromOptions: SellerIdentityInput,
  fromSettings: SellerIdentityInput | null
): { identity: SellerIdentity; missing: null } | { identity: null; missing: string[] } {
  // A field the settings leave empty (undefined or null) falls back to the plugin option.
  const saved = Object.entries(fromSettings ?? {}).filter(([, v]) => v !== undefined && v !== null)
  const merged = { ...fromOptions, ...Object.fromEntries(saved) }
  const result = SellerIdentitySchema.safeParse(merged)
  if (result.success) {
    return { identity: result.data as SellerIdentity, missing: null }
  }
  const described = result.error.issues.map((i) => {
    const path = i.path.join(".")
    return i.message.startsWith(path) ? i.message : `${path} ${i.message}`
  })
  return { identity: null, missing: described }
}
