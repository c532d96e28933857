/** Amounts as finance staff read them: "1,250.00 EUR". */
export function money(amount: number | null | undefined, currency: string) {
  if (amount === null || amount === undefined) return "—"
  return `${new Intl.NumberFormat("en-US", { style: "decimal", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)} ${currency.toUpperCase()}`
}

export const STATUS_COLOR = { active: "green", on_hold: "orange", closed: "grey" } as const

export const date = (iso: string) => new Date(iso).toLocaleString()
