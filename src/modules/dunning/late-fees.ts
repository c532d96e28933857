/** The fixed recovery indemnity of Code de commerce D441-5, set in euros. */
export const RECOVERY_INDEMNITY_EUR = "40.00"

/**
 * The recovery indemnity a late invoice owes when a level claims it: 40 EUR,
 * once per invoice, never from a company in insolvency proceedings (the
 * claim is then filed with the administrator, not dunned). Null for an
 * invoice in another currency: the law sets the sum in euros, and a
 * converted claim is a decision for a person, not the run.
 */
export function recoveryIndemnity(invoice: {
  currency_code: string
  already_claimed: boolean
  company_in_insolvency: boolean
}): string | null {
  if (invoice.already_claimed || invoice.company_in_insolvency) return null
  return invoice.currency_code.toLowerCase() === "eur" ? RECOVERY_INDEMNITY_EUR : null
}
