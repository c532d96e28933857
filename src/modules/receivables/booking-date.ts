import type { CalendarDate } from "../../lib/time"

/**
 * Why money cannot be booked on a date, or null when it can: a payment or
 * its reversal is dated on or before today in the store's time zone, never
 * later (allocations take the later of their two entries' dates). A future date would put an entry on the account that
 * the next person cannot correct until that day (a payment received on
 * 2027-06-01 cannot be reversed on 2026-12-02).
 */
export function futureDateRefusal(input: {
  field: string
  date: CalendarDate
  today: CalendarDate
  timeZone: string
}): string | null {
  return input.date > input.today
    ? `${input.field} ${input.date} is after today (${input.today}, ${input.timeZone}): money cannot be booked on a future date`
    : null
}
