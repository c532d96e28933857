import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { addDays, type CalendarDate } from "../../lib/time"

/** A rung of a dunning policy, as the ladder needs it. */
export type LadderLevel = {
  level: number
  /** Days from the due date; negative for a courtesy notice before it. */
  offset_days: number
  /** Per currency (lower-case code): below this open amount the level waits. */
  min_amount?: Record<string, string> | null
}

export type InvoiceDunningState = {
  due_date: CalendarDate
  currency_code: string
  /** What is still chased: open, less what is disputed or promised. */
  chased_amount: BigNumberInput
  /** The highest level sent for this invoice; 0 for none. */
  last_level: number
}

/** The day a level falls due for an invoice. */
export const levelDate = (level: LadderLevel, dueDate: CalendarDate) => addDays(dueDate, level.offset_days)

/**
 * The level an invoice is to be reminded at on `asOf`, or null. Levels go
 * up one at a time, never skipped once the invoice is overdue, so a run
 * after a pause still sends the first reminder before the formal notice; a
 * courtesy notice (before the due date) is dropped once the due date has
 * passed, when it would announce a date already gone. A level whose minimum
 * amount is not reached waits, and so do the ones above it.
 */
export function nextDueLevel(levels: LadderLevel[], invoice: InvoiceDunningState, asOf: CalendarDate) {
  if (MathBN.lte(invoice.chased_amount, 0)) return null
  const overdue = asOf > invoice.due_date
  const next = [...levels]
    .sort((a, b) => a.level - b.level)
    .find((l) => l.level > invoice.last_level && (l.offset_days > 0 || !overdue))
  if (!next || levelDate(next, invoice.due_date) > asOf) return null
  const minimum = next.min_amount?.[invoice.currency_code.toLowerCase()]
  if (minimum && MathBN.lt(invoice.chased_amount, minimum)) return null
  return next
}

/** The level a company's grouped reminder goes out at: the highest of its invoices'. */
export const groupedLevel = (levels: number[]) => (levels.length ? Math.max(...levels) : null)
