/**
 * Time conventions for the whole plugin.
 *
 * Instants (created_at, issued_at, booked_at) are stored and compared in UTC.
 * Where a calendar day matters (invoice date, due date, days overdue) the day
 * is a CalendarDate, "YYYY-MM-DD", read in the merchant's time zone: an order
 * placed at 23:30 UTC on 31 January is invoiced on 1 February in Paris.
 * Calendar arithmetic runs on plain dates, so daylight-saving changes never
 * shift a due date.
 */

export type CalendarDate = string

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

function parts(date: CalendarDate): [number, number, number] {
  const match = CALENDAR_DATE.exec(date)
  if (!match) {
    throw new Error(`"${date}" is not a calendar date (YYYY-MM-DD)`)
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const roundTrip = new Date(Date.UTC(y, m - 1, d))
  if (roundTrip.getUTCMonth() !== m - 1 || roundTrip.getUTCDate() !== d) {
    throw new Error(`"${date}" is not a valid day`)
  }
  return [y, m, d]
}

function fromUtcMidnight(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Validates and returns a calendar date. */
export function parseCalendarDate(value: string): CalendarDate {
  parts(value)
  return value
}

/** The calendar day an instant falls on in a time zone. */
export function calendarDateInZone(instant: Date, timeZone: string): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant)
}

/** Offset of a zone from UTC at an instant, in milliseconds (Paris in winter: +3_600_000). */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const fields = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)])
  )
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second)
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds())
}

/** The UTC instant at which a calendar day starts in a time zone (for "as of" queries on instants). */
export function startOfDayInZone(date: CalendarDate, timeZone: string): Date {
  const [y, m, d] = parts(date)
  const localMidnightAsUtc = Date.UTC(y, m - 1, d)
  // Two passes: the offset at the guessed instant can differ from the offset
  // at the real one when the day starts or ends a daylight-saving period.
  let instant = localMidnightAsUtc - zoneOffsetMs(new Date(localMidnightAsUtc), timeZone)
  instant = localMidnightAsUtc - zoneOffsetMs(new Date(instant), timeZone)
  return new Date(instant)
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date)
  return fromUtcMidnight(Date.UTC(y, m - 1, d + days))
}

/** Last day of the date's month. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const [y, m] = parts(date)
  return fromUtcMidnight(Date.UTC(y, m, 0))
}

/** Same day N months later, clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date)
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate()
  return fromUtcMidnight(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)))
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm, fd] = parts(from)
  const [ty, tm, td] = parts(to)
  return (Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / MS_PER_DAY
}
