import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { moneyString } from "../../lib/money"
import { addDays, type CalendarDate, daysBetween } from "../../lib/time"

/**
 * The rates of one half-year (1 January or 1 July to the day before the
 * next): the ECB main refinancing rate on its first day and the French
 * legal interest rate for professional creditors, both in percent.
 */
export type HalfYearRates = {
  starts_on: CalendarDate
  ecb_refinancing_rate: string
  legal_interest_rate: string
}

/** One stretch of late days with the same open amount and rate, and its interest. */
export type InterestPeriod = {
  from: CalendarDate
  to: CalendarDate
  days: number
  open_amount: string
  /** Percent a year. */
  rate: string
  interest: string
}

export type LateInterestInput = {
  currency_code: string
  /** Interest runs from the day after. */
  due_date: CalendarDate
  /** The last day counted: the payment date, or the day of the computation. */
  until: CalendarDate
  /** What was open on the due date. */
  open_amount: BigNumberInput
  /** What settled the invoice after its due date (payments, credit notes), each counting from the day after. */
  settlements?: { on: CalendarDate; amount: BigNumberInput }[]
  /** The rate the invoice states, percent a year; the statutory rate without one. */
  agreed_rate?: BigNumberInput | null
  /** Every half-year the late days touch; sorted or not. */
  rates: HalfYearRates[]
}

const DAYS_A_YEAR = 365

/** The half-year a day belongs to: its 1 January or 1 July. */
export function halfYearOf(day: CalendarDate): CalendarDate {
  return `${day.slice(0, 4)}-${Number(day.slice(5, 7)) <= 6 ? "01" : "07"}-01`
}

export function nextHalfYear(start: CalendarDate): CalendarDate {
  const year = Number(start.slice(0, 4))
  return start.slice(5) === "01-01" ? `${year}-07-01` : `${year + 1}-01-01`
}

/**
 * The late-payment rate of a half-year (Code de commerce L441-10): the
 * rate the invoice agreed, else the ECB rate of the half-year's first day
 * plus 10 points; never below three times the legal interest rate.
 */
export function lateRate(rates: HalfYearRates, agreedRate?: BigNumberInput | null) {
  const base = agreedRate ?? MathBN.add(rates.ecb_refinancing_rate, 10)
  return MathBN.max(base, MathBN.mult(rates.legal_interest_rate, 3))
}

/**
 * Late interest on an invoice, day by day from the day after its due date
 * to `until`, on what was open each day (a settlement stops the interest on
 * its amount the day after it), at each half-year's rate, actual/365. Each
 * stretch of equal amount and rate is rounded to the cent; the total is
 * their sum, so the periods a reminder lists add up to what it claims.
 */
export function lateInterest(input: LateInterestInput): { total: string; periods: InterestPeriod[] } {
  const byStart = new Map(input.rates.map((r) => [r.starts_on, r]))
  const settlements = [...(input.settlements ?? [])].sort((a, b) => a.on.localeCompare(b.on))
  const periods: InterestPeriod[] = []
  let open = MathBN.convert(input.open_amount)
  let from = addDays(input.due_date, 1)
  let next = 0
  while (from <= input.until) {
    while (next < settlements.length && settlements[next].on < from) {
      open = MathBN.sub(open, settlements[next++].amount)
    }
    if (MathBN.lte(open, 0)) break
    const half = halfYearOf(from)
    const rates = byStart.get(half)
    if (!rates) {
      throw new Error(`No late-payment rates for the half-year starting ${half}`)
    }
    // A stretch ends with the half-year, on the day of the next settlement, or on `until`.
    const ends = [addDays(nextHalfYear(half), -1), input.until]
    if (next < settlements.length) ends.push(settlements[next].on)
    const to = ends.sort()[0]
    const days = daysBetween(from, to) + 1
    const rate = lateRate(rates, input.agreed_rate)
    const interest = MathBN.div(MathBN.mult(MathBN.mult(open, rate), days), 100 * DAYS_A_YEAR)
    periods.push({
      from,
      to,
      days,
      open_amount: moneyString(open, input.currency_code),
      rate: rate.toString(),
      interest: moneyString(interest, input.currency_code),
    })
    from = addDays(to, 1)
  }
  return {
    total: moneyString(MathBN.sum(0, ...periods.map((p) => p.interest)), input.currency_code),
    periods,
  }
}
