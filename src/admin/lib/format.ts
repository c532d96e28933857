export const STATUS_COLOR = { active: "green", on_hold: "orange", closed: "grey" } as const

/** An instant ("2026-11-23T06:39:10.000Z") as "2026-11-23 07:39" in the admin's time zone: read like the calendar days beside it. */
export const date = (iso: string | null | undefined) => {
  if (!iso) return "—"
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** A VAT or penalty rate as issued ("20", "5.5") as "20 %". */
export const percent = (rate: string | number | null | undefined) =>
  rate === null || rate === undefined || rate === "" ? "—" : `${rate} %`

/** A calendar date ("2026-03-31") shown as is: converting it to a Date would shift it across time zones. */
export const day = (value: string | null | undefined) => value ?? "—"

/** The part of an error a user can act on: the server's message. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
