/**
 * Amounts in the admin: printed and typed by the currency's own minor units
 * (JPY 0 decimals, EUR 2, KWD 3), as Intl knows them. Amounts arrive as the
 * API sends them ("1250.5" or 1250.5) and are formatted from their decimal
 * text, never through float arithmetic.
 */

const DECIMAL = /^-?\d+(\.\d+)?$/

/** Decimals of a currency: 0 (JPY), 2 (EUR), 3 (KWD); 2 for a code Intl does not know. */
export function currencyDecimals(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/**
 * "1,250.50 EUR", "125,050 JPY", "1.250 KWD". Digits beyond the currency's
 * (a unit price of 0.0125 EUR) are kept: what shows is what was issued.
 */
export function formatMoney(value: string | number | null | undefined, currency: string): string {
  if (value === null || value === undefined || value === "") return "—"
  const text = String(value).trim()
  const code = currency.toUpperCase()
  if (!DECIMAL.test(text)) return `${text} ${code}`
  const decimals = currencyDecimals(currency)
  const given = text.split(".")[1]?.length ?? 0
  const formatted = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: Math.min(Math.max(decimals, given), 20),
    // A decimal string is formatted digit for digit (Intl.NumberFormat v3); a number is already a float.
  }).format(text as unknown as number)
  return `${formatted} ${code}`
}

/** An example of an amount typed in that currency: "1250.50", "1250", "1250.500". */
export function amountExample(currency: string): string {
  const decimals = currencyDecimals(currency)
  return decimals ? `1250.${"50".padEnd(decimals, "0")}` : "1250"
}

/**
 * Why typed text is not an amount in that currency (above zero, or zero
 * too when `zero`), as a sentence; null when it is one. More decimals than
 * the currency has are refused (12.5 JPY, 10.125 EUR), so what is sent is
 * what the ledger keeps.
 */
export function amountInputProblem(text: string, currency: string, { zero = false } = {}): string | null {
  const typed = text.trim()
  const decimals = currencyDecimals(currency)
  const wanted = `an amount in ${currency.toUpperCase()}${zero ? "" : " above zero"}`
  const example = `such as ${amountExample(currency)}`
  const shape = decimals ? new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`) : /^\d+$/
  if (!shape.test(typed)) {
    return `Enter ${wanted} with ${decimals ? `up to ${decimals} decimals` : "no decimals"}, ${example}.`
  }
  if (!zero && /^0+(\.0+)?$/.test(typed)) {
    return `Enter ${wanted}, ${example}.`
  }
  return null
}
