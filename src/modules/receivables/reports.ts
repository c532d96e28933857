import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { BigNumber as BigNumberJS } from "bignumber.js"
import { addMonths, type CalendarDate, daysBetween, endOfMonth, parseCalendarDate } from "../../lib/time"

/**
 * Receivables reports: aging buckets and the collection KPIs (countback DSO,
 * best possible DSO, average days delinquent, CEI). Pure functions over
 * figures the service reads from the ledger, so the formulas are tested
 * without a database. Amounts go through MathBN, never JavaScript floats;
 * days and percentages come back as decimal strings with one decimal.
 */

/** One aging column: days past due from `from_days` to `to_days`, both included; null is open-ended. */
export type AgingBucketSpec = { key: string; from_days: number | null; to_days: number | null }

const BUCKETS_HINT = "Aging buckets must be increasing whole numbers of days, like 30,60,90"
const MAX_BOUNDARIES = 10

/**
 * The aging columns for boundaries in days past due: "current" (not yet due,
 * 0 days or fewer), one column up to each boundary, and one past the last.
 * [30, 60, 90] gives current, 1_30, 31_60, 61_90, 90_plus (the usual report);
 * [30, 60, 90, 120] gives ERPNext's. Refuses what would make overlapping or
 * empty columns, and more than 10 boundaries, which no one reads.
 */
export function agingBuckets(boundaries: number[] = [30, 60, 90]): AgingBucketSpec[] {
  if (boundaries.length === 0) {
    throw new Error(`${BUCKETS_HINT}: give at least one`)
  }
  if (boundaries.length > MAX_BOUNDARIES) {
    throw new Error(`${BUCKETS_HINT}: at most ${MAX_BOUNDARIES} of them, not ${boundaries.length}`)
  }
  boundaries.forEach((boundary, i) => {
    if (!Number.isSafeInteger(boundary) || boundary < 1) {
      throw new Error(`${BUCKETS_HINT}: ${boundary} is not a whole number of days above zero`)
    }
    if (i > 0 && boundary <= boundaries[i - 1]) {
      throw new Error(`${BUCKETS_HINT}: ${boundary} does not come after ${boundaries[i - 1]}`)
    }
  })
  const buckets: AgingBucketSpec[] = [{ key: "current", from_days: null, to_days: 0 }]
  let from = 1
  for (const boundary of boundaries) {
    buckets.push({ key: `${from}_${boundary}`, from_days: from, to_days: boundary })
    from = boundary + 1
  }
  const last = boundaries[boundaries.length - 1]
  buckets.push({ key: `${last}_plus`, from_days: last + 1, to_days: null })
  return buckets
}

/** current, 1_30, 31_60, 61_90, 90_plus: the columns most aging reports use. */
export const DEFAULT_AGING_BUCKETS: AgingBucketSpec[] = agingBuckets([30, 60, 90])

/**
 * The key of the column that holds an item `daysPastDue` days past its due
 * date (daysBetween(due_date, as_of): 0 on the due date, negative before).
 * Throws rather than drop an item that no column holds, so a report's columns
 * always add up to its total.
 */
export function bucketOf(daysPastDue: number, buckets: AgingBucketSpec[]): string {
  if (!Number.isInteger(daysPastDue)) {
    throw new Error(`Days past due must be a whole number, not ${daysPastDue}`)
  }
  const bucket = buckets.find(
    (b) =>
      (b.from_days === null || daysPastDue >= b.from_days) && (b.to_days === null || daysPastDue <= b.to_days)
  )
  if (!bucket) {
    throw new Error(`No aging bucket holds ${daysPastDue} days past due`)
  }
  return bucket.key
}

/**
 * Buckets from a setting or a query parameter such as "30,60,90" (spaces
 * allowed). Nothing given means the default columns; an empty or malformed
 * text is refused rather than silently replaced, so a typo shows.
 */
export function parseAgingBuckets(text: string | undefined): AgingBucketSpec[] {
  if (text === undefined) {
    return agingBuckets()
  }
  const pieces = text.split(",").map((piece) => piece.trim())
  if (pieces.some((piece) => !/^\d+$/.test(piece))) {
    throw new Error(`${BUCKETS_HINT}, not "${text}"`)
  }
  return agingBuckets(pieces.map(Number))
}

/** Credit sales (invoices less credit notes) of one month and its number of days. */
export type MonthSales = { sales: BigNumberInput; days: number }

/** Days and percentages are shown with one decimal, halves rounded away from zero. */
function oneDecimal(value: BigNumberInput): string {
  const rounded = MathBN.convert(value).toFixed(1, BigNumberJS.ROUND_HALF_UP)
  // bignumber.js keeps the sign of a negative value that rounds to zero ("-0.0").
  return rounded === "-0.0" ? "0.0" : rounded
}

function assertDays(days: number) {
  if (!Number.isInteger(days) || days < 0) {
    throw new Error(`A month has a whole number of days, not ${days}`)
  }
}

/**
 * Countback DSO: how many days of the latest credit sales the open
 * receivables represent. From the ending AR, take off each month's sales,
 * newest first, counting its days, while the AR left is larger than that
 * month's sales; then add the AR left / that month's sales × its days.
 * AR 212k over months of 100k, 80k, 70k (30 days each) → 30 + 30 + 32/70 × 30
 * = 73.7. Unlike simple DSO, it is not skewed by a sales peak long ago.
 *
 * Edge decisions:
 * - AR of zero or less (the customers are in credit) → "0.0".
 * - A month with no sales, or negative net sales (more credit notes than
 *   invoices), counts as zero sales: its days are all counted and the AR is
 *   unchanged, since a negative month cannot "hold" receivables.
 * - AR exactly equal to a month's sales stops in that month: its days in full.
 * - AR larger than all the months given: the rest is counted at the rate of
 *   the oldest month that had sales (AR left / its sales × its days), as if
 *   earlier months had sold the same.
 * - No month with sales at all while AR is open → null: DSO is undefined.
 */
export function countbackDso(endingAr: BigNumberInput, months: MonthSales[]): string | null {
  let remaining = MathBN.convert(endingAr)
  if (!MathBN.gt(remaining, 0)) {
    return "0.0"
  }
  let days = MathBN.convert(0)
  let oldestWithSales: { sales: BigNumberInput; days: number } | null = null
  for (const month of months) {
    assertDays(month.days)
    const sales = MathBN.max(month.sales, 0)
    if (MathBN.gt(remaining, sales)) {
      remaining = MathBN.sub(remaining, sales)
      days = MathBN.add(days, month.days)
      if (MathBN.gt(sales, 0)) {
        oldestWithSales = { sales, days: month.days }
      }
      continue
    }
    // 0 < remaining <= sales, so this month's sales are above zero.
    return oneDecimal(MathBN.add(days, MathBN.div(MathBN.mult(remaining, month.days), sales)))
  }
  if (!oldestWithSales) {
    return null
  }
  return oneDecimal(
    MathBN.add(days, MathBN.div(MathBN.mult(remaining, oldestWithSales.days), oldestWithSales.sales))
  )
}

export type ReceivablesKpiInput = {
  /** Total open receivables at the start of the period. */
  beginning_ar: BigNumberInput
  /** Total open receivables at the end of the period. */
  ending_ar: BigNumberInput
  /** The part of the ending AR not yet due. */
  ending_current_ar: BigNumberInput
  /** Credit sales (invoices less credit notes) in the period. */
  credit_sales: BigNumberInput
  /** Credit sales per month, newest first, covering the period and earlier months when known. */
  months: MonthSales[]
}

export type ReceivablesKpis = {
  dso: string | null
  best_possible_dso: string | null
  average_days_delinquent: string | null
  cei: string | null
}

/**
 * The collection KPIs of a period, each a decimal string with one decimal or
 * null where its formula is undefined:
 * - dso: countback DSO of the ending AR.
 * - best_possible_dso: countback DSO of the ending current (not yet due) AR,
 *   what DSO would be if every customer paid on time.
 * - average_days_delinquent: dso − best_possible_dso, from the rounded
 *   figures so the three shown side by side add up; null if either is null.
 * - cei: collection effectiveness index, (beginning AR + credit sales − ending
 *   AR) / (beginning AR + credit sales − ending current AR) × 100: the share
 *   of what could be collected that was; null when there was nothing to
 *   collect (denominator zero or less).
 */
export function receivablesKpis(input: ReceivablesKpiInput): ReceivablesKpis {
  const dso = countbackDso(input.ending_ar, input.months)
  const bestPossibleDso = countbackDso(input.ending_current_ar, input.months)
  const collectable = MathBN.add(input.beginning_ar, input.credit_sales)
  const denominator = MathBN.sub(collectable, input.ending_current_ar)
  const collected = MathBN.sub(collectable, input.ending_ar)
  return {
    dso,
    best_possible_dso: bestPossibleDso,
    average_days_delinquent:
      dso === null || bestPossibleDso === null ? null : oneDecimal(MathBN.sub(dso, bestPossibleDso)),
    cei: MathBN.gt(denominator, 0) ? oneDecimal(MathBN.div(MathBN.mult(collected, 100), denominator)) : null,
  }
}

/**
 * The calendar months to read credit sales for, newest first, for the
 * countback: the month of `to` from its first day up to `to` itself (so its
 * days are the day of the month of `to`), then `count − 1` full months
 * before it. Both ends of each range are included.
 */
export function monthsBack(
  to: CalendarDate,
  count: number
): Array<{ from: CalendarDate; to: CalendarDate; days: number }> {
  parseCalendarDate(to)
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`The number of months must be a whole number, not ${count}`)
  }
  const firstOfMonth = `${to.slice(0, 7)}-01`
  const months: Array<{ from: CalendarDate; to: CalendarDate; days: number }> = []
  for (let i = 0; i < count; i++) {
    const from = addMonths(firstOfMonth, -i)
    const end = i === 0 ? to : endOfMonth(from)
    months.push({ from, to: end, days: daysBetween(from, end) + 1 })
  }
  return months
}
