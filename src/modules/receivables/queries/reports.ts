import { MedusaError } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"
import { num } from "../../../lib/money"
import { addDays, type CalendarDate } from "../../../lib/time"
import { agingByCurrency, kpisByCurrency } from "../report-figures"
import { monthsBack, parseAgingBuckets } from "../reports"
import { creditSales, openByDaysPastDue, unallocatedCredits } from "../repositories/reports"

/**
 * The admin's receivables reports as the API answers them: figures
 * computed exactly, amounts turned into JSON numbers only here, at the end.
 */

export type AgingParams = { as_of: CalendarDate; company_id?: string; currency_code?: string; buckets: string }

/**
 * Aging by due date as of a date, per currency, in the given buckets, with
 * the credits not yet allocated beside it. One currency: its aging; several:
 * `{ as_of, aging: [...] }`. Nothing open: an empty aging in `emptyCurrency`.
 */
export async function agingReport(manager: Manager, params: AgingParams, emptyCurrency: string) {
  let buckets: ReturnType<typeof parseAgingBuckets>
  try {
    buckets = parseAgingBuckets(params.buckets)
  } catch (e) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (e as Error).message)
  }
  const filter = { as_of: params.as_of, company_id: params.company_id, currency_code: params.currency_code }
  const [open, unallocated] = await Promise.all([
    openByDaysPastDue(manager, filter),
    unallocatedCredits(manager, filter),
  ])
  const aging = agingByCurrency({
    as_of: params.as_of,
    buckets,
    open,
    unallocated,
    emptyCurrency: params.currency_code ?? emptyCurrency,
  }).map((a) => ({
    ...a,
    buckets: a.buckets.map((b) => ({ ...b, amount: num(b.amount) })),
    total: num(a.total),
    unallocated_credits: num(a.unallocated_credits),
  }))
  return aging.length === 1 ? aging[0] : { as_of: params.as_of, aging }
}

/** Countback DSO, Best Possible DSO, ADD and CEI per currency for a period (see README for the formulas). */
export async function kpiReport(manager: Manager, params: { from: CalendarDate; to: CalendarDate; currency_code?: string }) {
  const { from, to } = params
  if (from > to) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must not be after to")
  }
  const months = monthsBack(to, 12)
  const [beginning, ending, periodSales, monthlySales] = await Promise.all([
    openByDaysPastDue(manager, { as_of: addDays(from, -1), currency_code: params.currency_code }),
    openByDaysPastDue(manager, { as_of: to, currency_code: params.currency_code }),
    creditSales(manager, { from, to }),
    creditSales(manager, { from: months[months.length - 1].from, to }),
  ])
  const kpis = kpisByCurrency({
    beginning,
    ending,
    period_sales: periodSales,
    monthly_sales: monthlySales,
    months,
    currency: params.currency_code,
  }).map((k) => ({
    currency_code: k.currency_code,
    beginning_ar: num(k.beginning_ar),
    ending_ar: num(k.ending_ar),
    ending_current_ar: num(k.ending_current_ar),
    credit_sales: num(k.credit_sales),
    dso: num(k.dso),
    best_possible_dso: num(k.best_possible_dso),
    average_days_delinquent: num(k.average_days_delinquent),
    cei: num(k.cei),
  }))
  return { from, to, kpis }
}
