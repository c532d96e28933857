import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { CalendarDate } from "../../lib/time"
import { type AgingBucketSpec, bucketOf, receivablesKpis } from "./reports"

/**
 * The figures of the aging and KPI reports per currency, from the sums the
 * ledger reads: pure, so the assembly is tested without a database.
 * Amounts stay decimal strings.
 */

type OpenRow = { currency_code: string; days_past_due: number; open: string }

const sum = (values: BigNumberInput[]) => MathBN.add(0, ...values).toFixed()

/**
 * One aging per currency that has open debits or unallocated credits (or,
 * when none has, one empty aging in `emptyCurrency`), sorted by currency.
 */
export function agingByCurrency(input: {
  as_of: CalendarDate
  buckets: AgingBucketSpec[]
  open: OpenRow[]
  unallocated: Map<string, string>
  emptyCurrency: string
}) {
  const found = [...new Set([...input.open.map((r) => r.currency_code), ...input.unallocated.keys()])].sort()
  return (found.length ? found : [input.emptyCurrency]).map((currency) => {
    const sums = new Map<string, BigNumberInput[]>(input.buckets.map((b) => [b.key, []]))
    for (const row of input.open.filter((r) => r.currency_code === currency)) {
      sums.get(bucketOf(row.days_past_due, input.buckets))!.push(row.open)
    }
    const buckets = input.buckets.map((b) => ({ ...b, amount: sum(sums.get(b.key)!) }))
    return {
      as_of: input.as_of,
      currency_code: currency,
      buckets,
      total: sum(buckets.map((b) => b.amount)),
      unallocated_credits: input.unallocated.get(currency) ?? "0",
    }
  })
}

/**
 * The collection KPIs per currency seen in any of the figures (or only
 * `currency` when given), sorted by currency. `months` are the countback's
 * months, newest first, `monthly` the credit sales per month ("YYYY-MM").
 */
export function kpisByCurrency(input: {
  beginning: OpenRow[]
  ending: OpenRow[]
  period_sales: Array<{ currency_code: string; sales: string }>
  monthly_sales: Array<{ currency_code: string; month: string; sales: string }>
  months: Array<{ from: CalendarDate; days: number }>
  currency?: string
}) {
  const currencies = [
    ...new Set([...input.beginning, ...input.ending, ...input.period_sales].map((r) => r.currency_code)),
  ]
    .filter((c) => !input.currency || c === input.currency)
    .sort()
  return currencies.map((currency) => {
    const of = <T extends { currency_code: string }>(rows: T[]) => rows.filter((r) => r.currency_code === currency)
    const ending = of(input.ending)
    const figures = {
      beginning_ar: sum(of(input.beginning).map((r) => r.open)),
      ending_ar: sum(ending.map((r) => r.open)),
      ending_current_ar: sum(ending.filter((r) => r.days_past_due <= 0).map((r) => r.open)),
      credit_sales: sum(of(input.period_sales).map((r) => r.sales)),
    }
    const kpis = receivablesKpis({
      ...figures,
      months: input.months.map((m) => ({
        days: m.days,
        sales: sum(of(input.monthly_sales).filter((r) => r.month === m.from.slice(0, 7)).map((r) => r.sales)),
      })),
    })
    return { currency_code: currency, ...figures, ...kpis }
  })
}
