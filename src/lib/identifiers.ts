import { z } from "@medusajs/framework/zod"

/**
 * Business identifiers printed on invoices: the French SIREN and SIRET (INSEE)
 * and intra-community VAT numbers. Each check returns a sentence for a person
 * naming the field and what is wrong, or null when the value is valid.
 */

/** Identifiers are often typed with spaces, dots or dashes ("123 456 789"); they are stored without. */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s.-]+/g, "").toUpperCase()
}

/** Luhn (mod 10) over a string of digits: what INSEE uses for SIREN and SIRET. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i])
    const doubled = i % 2 === 1 ? digit * 2 : digit
    sum += doubled > 9 ? doubled - 9 : doubled
  }
  return sum % 10 === 0
}

// La Poste's establishments share one SIREN; INSEE numbers them past what the
// Luhn key allows, so their SIRETs check by digit sum modulo 5 instead.
const LA_POSTE_SIREN = "356000000"

export function sirenProblem(value: string, field = "SIREN"): string | null {
  if (!/^\d{9}$/.test(value)) {
    return `${field} must be 9 digits (a SIREN), got "${value}"`
  }
  if (!luhnValid(value)) {
    return `${field} ${value} is not a valid SIREN: its check digit (Luhn) does not match`
  }
  return null
}

export function siretProblem(value: string, field = "SIRET"): string | null {
  if (!/^\d{14}$/.test(value)) {
    return `${field} must be 14 digits (a SIRET: the SIREN and a 5-digit establishment number), got "${value}"`
  }
  const siren = value.slice(0, 9)
  const sirenIssue = sirenProblem(siren, `${field}'s first 9 digits`)
  if (sirenIssue) {
    return sirenIssue
  }
  const valid =
    siren === LA_POSTE_SIREN ? [...value].reduce((sum, d) => sum + Number(d), 0) % 5 === 0 : luhnValid(value)
  return valid ? null : `${field} ${value} is not a valid SIRET: its check digit does not match`
}

/** A SIREN (9 digits) or a SIRET (14 digits), whichever the length says it is. */
export function frenchRegistrationProblem(value: string, field = "registration_id"): string | null {
  if (/^\d{14}$/.test(value)) {
    return siretProblem(value, field)
  }
  if (/^\d{9}$/.test(value)) {
    return sirenProblem(value, field)
  }
  return `${field} must be a SIREN (9 digits) or a SIRET (14 digits) for a French company, got "${value}"`
}

/** The 2-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97
  return String(key).padStart(2, "0")
}

/** The French VAT number of a SIREN: FR, the key, the SIREN. */
export function frenchVatNumber(siren: string): string {
  return `FR${frenchVatKey(siren)}${siren}`
}

/**
 * What follows the country prefix of an EU VAT number (the VIES formats).
 * Only the shape is checked outside France: the other countries' check
 * digits each have their own algorithm, and a wrong one would refuse real
 * customers. Greece is EL in VAT numbers; XI is Northern Ireland.
 */
const EU_VAT_SHAPES: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^\d{11}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
}

/**
 * A VAT number: French ones by their key, other EU ones by their shape,
 * others (outside the EU: GB, CH, NO...) only as two letters and 2 to 13
 * characters, since this plugin cannot know every country's format.
 */
export function vatNumberProblem(value: string, field = "vat_number"): string | null {
  const match = /^([A-Z]{2})([0-9A-Z+*]{2,13})$/.exec(value)
  if (!match) {
    return `${field} must be a VAT number: a two-letter country prefix and 2 to 13 letters or digits, such as ${frenchVatNumber("812345676")}, got "${value}"`
  }
  const [, country, rest] = match
  const shape = EU_VAT_SHAPES[country]
  if (shape && !shape.test(rest)) {
    return `${field} ${value} does not have the shape of a ${country} VAT number`
  }
  if (country === "FR") {
    const siren = rest.slice(2)
    const sirenIssue = sirenProblem(siren, `${field}'s SIREN (its last 9 digits)`)
    if (sirenIssue) {
      return sirenIssue
    }
    const key = frenchVatKey(siren)
    if (rest.slice(0, 2) !== key) {
      return `${field} ${value} is not a valid French VAT number: the key for SIREN ${siren} is ${key} (${frenchVatNumber(siren)})`
    }
  }
  return null
}

/** The SIREN a French VAT number or registration number carries, null when it carries none. */
export function sirenOf(identifier: string | null | undefined): string | null {
  if (!identifier) {
    return null
  }
  const compact = compactIdentifier(identifier)
  const fromVat = /^FR\d{2}(\d{9})$/.exec(compact)
  if (fromVat) {
    return fromVat[1]
  }
  return /^\d{9}(\d{5})?$/.test(compact) ? compact.slice(0, 9) : null
}

/**
 * A person's warnings when a customer's identifiers are the seller's own: a
 * copy-paste that would print the seller as its own customer.
 */
export function identifiersSharedWithSeller(
  company: { vat_number?: string | null; registration_id?: string | null },
  seller: { vat_id?: string | null; registration_id?: string | null }
): string[] {
  const warnings: string[] = []
  const same = (a?: string | null, b?: string | null) =>
    !!a && !!b && compactIdentifier(a) === compactIdentifier(b)
  if (same(company.vat_number, seller.vat_id)) {
    warnings.push(`The company's VAT number ${company.vat_number} is the seller's own VAT number; check it.`)
  }
  const companySiren = sirenOf(company.registration_id)
  const sellerSiren = sirenOf(seller.registration_id) ?? sirenOf(seller.vat_id)
  if (companySiren && companySiren === sellerSiren) {
    warnings.push(
      `The company's registration number ${company.registration_id} has the seller's own SIREN ${sellerSiren}; check it.`
    )
  }
  return warnings
}

/**
 * A registration number as stored: a number of digits (a SIREN, a SIRET, a
 * Belgian enterprise number) without its spaces and dots; anything else
 * ("HRB 12345") as typed.
 */
export function normalizeRegistrationId(value: string): string {
  const compact = compactIdentifier(value)
  return /^\d+$/.test(compact) ? compact : value.trim()
}

/** A 9- or 14-digit registration number is read as a SIREN or a SIRET, whatever the country. */
export function looksFrench(registrationId: string): boolean {
  return /^(\d{9}|\d{14})$/.test(registrationId)
}

/** A zod string normalized by `normalize` and refused with `problem`'s sentence. */
export function identifierSchema(
  normalize: (value: string) => string,
  problem: (value: string) => string | null
) {
  // Checked inside the transform: a refinement after it would be skipped
  // whenever another field of the object already failed, hiding this message.
  return z.string().transform((raw, ctx) => {
    const value = normalize(raw)
    const message = problem(value)
    if (message) {
      ctx.issues.push({ code: "custom", message, input: raw })
      return z.NEVER
    }
    return value
  })
}
