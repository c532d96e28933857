/** Amounts as finance staff read them: "1,250.00 EUR". */
export function money(amount: number | null | undefined, currency: string) {
  if (amount === null || amount === undefined) return "—"
  return `${new Intl.NumberFormat("en-US", { style: "decimal", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)} ${currency.toUpperCase()}`
}

export const STATUS_COLOR = { active: "green", on_hold: "orange", closed: "grey" } as const

/** An instant ("2026-11-23T06:39:10.000Z") as "2026-11-23 07:39" in the admin's time zone: read like the calendar days beside it. */
export const date = (iso: string | null | undefined) => {
  if (!iso) return "—"
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

const fractionDigits = (currency: string) => {
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
 * An amount as issued ("1250.5" or 1250.5) printed as "1,250.50 EUR", by
 * rewriting its digits: no float arithmetic, so what shows is what was issued.
 */
export function amount(value: string | number | null | undefined, currency: string) {
  if (value === null || value === undefined || value === "") return "—"
  const text = String(value).trim()
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return `${text} ${currency.toUpperCase()}`
  const [, sign, whole, fraction = ""] = match
  const digits = Math.max(fractionDigits(currency), fraction.length)
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${sign}${grouped}${digits ? `.${fraction.padEnd(digits, "0")}` : ""} ${currency.toUpperCase()}`
}

/** A VAT or penalty rate as issued ("20", "5.5") as "20 %". */
export const percent = (rate: string | number | null | undefined) =>
  rate === null || rate === undefined || rate === "" ? "—" : `${rate} %`

/** A calendar date ("2026-03-31") shown as is: converting it to a Date would shift it across time zones. */
export const day = (value: string | null | undefined) => value ?? "—"

/** The part of an error a user can act on: the server's message. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
