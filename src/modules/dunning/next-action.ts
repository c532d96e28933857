import type { CalendarDate } from "../../lib/time"
import { type LadderLevel, levelDate } from "./ladder"

type Open = { invoice_id: string; due_date: CalendarDate }

/**
 * The next thing dunning will do for a company: the earliest day one of its
 * invoices reaches its next level, with that level. Null when every invoice
 * has been through the whole ladder (a person takes it from there).
 */
export function nextAction<L extends LadderLevel & { name: string }>(
  levels: L[],
  invoices: Open[],
  lastLevelOf: (invoiceId: string) => number
): { level: number; name: string; date: CalendarDate } | null {
  const sorted = [...levels].sort((a, b) => a.level - b.level)
  let next: { level: number; name: string; date: CalendarDate } | null = null
  for (const invoice of invoices) {
    const level = sorted.find((l) => l.level > lastLevelOf(invoice.invoice_id) && l.offset_days > 0)
    if (!level) continue
    const date = levelDate(level, invoice.due_date)
    if (!next || date < next.date) next = { level: level.level, name: level.name, date }
  }
  return next
}

/** Kept promises over promises that came due (kept or broken); null before any came due. */
export function promiseKeepingRate(statuses: string[]): number | null {
  const kept = statuses.filter((s) => s === "kept").length
  const due = kept + statuses.filter((s) => s === "broken").length
  return due ? Math.round((kept / due) * 100) / 100 : null
}
