import { MathBN } from "@medusajs/framework/utils"
import { moneyString } from "../../lib/money"
import { addDays, type CalendarDate, daysBetween } from "../../lib/time"
import { type HalfYearRates, halfYearOf, lateInterest, nextHalfYear } from "./interest"
import { type LadderLevel, nextDueLevel } from "./ladder"
import { recoveryIndemnity } from "./late-fees"

/** A policy level as the planner needs it. */
export type PlanLevel = LadderLevel & {
  name: string
  claim_indemnity: boolean
  claim_interest: boolean
  place_hold: boolean
  needs_approval: boolean
}

/** An open invoice of a company in one currency, as the ledger and disputes/promises see it on the run's day. */
export type OpenInvoice = {
  invoice_id: string
  invoice_number: string | null
  currency_code: string
  /** The due date of its oldest open instalment. */
  due_date: CalendarDate
  open_amount: string
  /** Open disputes on it, and the part of open promises that covers it. */
  disputed: string
  promised: string
  /** What settled it so far (for interest): day and amount. */
  settlements: { on: CalendarDate; amount: string }[]
  /** The highest level sent for it (0: none), the latest day one was, and whether its indemnity was claimed. */
  last_level: number
  last_as_of: CalendarDate | null
  indemnity_claimed: boolean
}

export type PlannedItem = {
  invoice_id: string
  invoice_number: string | null
  level: number
  due_date: CalendarDate
  days_late: number
  open_amount: string
  chased_amount: string
}

export type PlannedClaim = {
  invoice_id: string
  invoice_number: string | null
  kind: "indemnity" | "interest"
  amount: string
  detail: unknown
}

/** One grouped reminder: a company, a currency, the highest level due among its invoices. */
export type PlannedReminder = {
  currency_code: string
  level: PlanLevel
  items: PlannedItem[]
  claims: PlannedClaim[]
  total_open: string
  fee_total: string
  interest_total: string
  /** Half-years whose rates are not in the table yet: interest running into them is not claimed. */
  missing_rates: CalendarDate[]
}

export type CompanyLedgerView = {
  in_insolvency: boolean
  /** Cash and credits on the account not yet allocated, per currency. */
  unallocated: Record<string, string>
  invoices: OpenInvoice[]
}

export type CompanyPlan =
  | { reminders: PlannedReminder[]; skipped: null }
  | { reminders: []; skipped: "unallocated_cash" }

const chased = (i: Pick<OpenInvoice, "open_amount" | "disputed" | "promised">) =>
  MathBN.max(0, MathBN.sub(MathBN.sub(i.open_amount, i.disputed), i.promised))

/**
 * What a company is to be sent on `asOf`: per currency, the invoices whose
 * next level is due, grouped into one reminder at the highest of their
 * levels, with the fees and interest the levels claim. A company whose
 * unallocated cash covers what is overdue is not chased: the cash is
 * probably its payment, waiting to be matched.
 */
export function planCompany(
  levels: PlanLevel[],
  company: CompanyLedgerView,
  asOf: CalendarDate,
  rates: HalfYearRates[]
): CompanyPlan {
  const byCurrency = new Map<string, OpenInvoice[]>()
  for (const invoice of company.invoices) {
    const list = byCurrency.get(invoice.currency_code) ?? []
    list.push(invoice)
    byCurrency.set(invoice.currency_code, list)
  }
  // Per currency: euros on the account are not a payment of a dollar invoice.
  // Cash covers nothing when nothing overdue is chased (all disputed or promised).
  const covered = new Set(
    [...byCurrency]
      .filter(([currency, invoices]) => {
        const overdue = MathBN.sum(0, ...invoices.filter((i) => i.due_date < asOf).map(chased))
        return MathBN.gt(overdue, 0) && MathBN.gte(company.unallocated[currency] ?? "0", overdue)
      })
      .map(([currency]) => currency)
  )
  const sorted = [...levels].sort((a, b) => a.level - b.level)
  const firstWith = (flag: "claim_indemnity" | "claim_interest") =>
    sorted.find((l) => l[flag])?.level ?? Number.POSITIVE_INFINITY
  const reminders: PlannedReminder[] = []
  for (const [currency, invoices] of byCurrency) {
    if (covered.has(currency)) continue
    const items: PlannedItem[] = []
    const claims: PlannedClaim[] = []
    const missingRates = new Set<CalendarDate>()
    for (const invoice of [...invoices].sort((a, b) => a.due_date.localeCompare(b.due_date))) {
      const next = levelDueToday(sorted, invoice, asOf)
      if (!next) continue
      const amount = chased(invoice)
      items.push({
        invoice_id: invoice.invoice_id,
        invoice_number: invoice.invoice_number,
        level: next.level,
        due_date: invoice.due_date,
        days_late: daysBetween(invoice.due_date, asOf),
        open_amount: moneyString(invoice.open_amount, currency),
        chased_amount: moneyString(amount, currency),
      })
      claims.push(...claimsAt(next.level, invoice, company, asOf, rates, firstWith))
      const missing =
        next.level >= firstWith("claim_interest") && missingHalfYear(invoice.due_date, asOf, rates)
      if (missing) missingRates.add(missing)
    }
    if (!items.length) continue
    const level = sorted.find((l) => l.level === Math.max(...items.map((i) => i.level))) as PlanLevel
    const sum = (list: PlannedClaim[]) => moneyString(MathBN.sum(0, ...list.map((c) => c.amount)), currency)
    reminders.push({
      currency_code: currency,
      level,
      items,
      claims,
      total_open: moneyString(MathBN.sum(0, ...items.map((i) => i.chased_amount)), currency),
      fee_total: sum(claims.filter((c) => c.kind === "indemnity")),
      interest_total: sum(claims.filter((c) => c.kind === "interest")),
      missing_rates: [...missingRates].sort(),
    })
  }
  return reminders.length || !covered.size
    ? { reminders, skipped: null }
    : { reminders: [], skipped: "unallocated_cash" }
}

/**
 * The level an invoice moves up to on `asOf`, or null. One level a day at
 * most: the same day run again sends nothing new, an earlier day nothing.
 */
export function levelDueToday<L extends LadderLevel>(
  levels: L[],
  invoice: Pick<
    OpenInvoice,
    "due_date" | "currency_code" | "open_amount" | "disputed" | "promised" | "last_level" | "last_as_of"
  >,
  asOf: CalendarDate
): L | null {
  if (invoice.last_as_of && invoice.last_as_of >= asOf) return null
  return nextDueLevel(levels, { ...invoice, chased_amount: chased(invoice) }, asOf) as L | null
}

/** The first half-year from the day after `due` to `until` without rates in the table, or null. */
export function missingHalfYear(
  due: CalendarDate,
  until: CalendarDate,
  rates: HalfYearRates[]
): CalendarDate | null {
  const known = new Set(rates.map((r) => r.starts_on))
  for (let half = halfYearOf(addDays(due, 1)); half <= until; half = nextHalfYear(half)) {
    if (!known.has(half)) return half
  }
  return null
}

/** The indemnity (once) and the interest to date an invoice owes once its level reaches the first level claiming them. */
function claimsAt(
  level: number,
  invoice: OpenInvoice,
  company: CompanyLedgerView,
  asOf: CalendarDate,
  rates: HalfYearRates[],
  firstWith: (flag: "claim_indemnity" | "claim_interest") => number
): PlannedClaim[] {
  const claims: PlannedClaim[] = []
  const ref = { invoice_id: invoice.invoice_id, invoice_number: invoice.invoice_number }
  if (level >= firstWith("claim_indemnity") && invoice.due_date < asOf) {
    const indemnity = recoveryIndemnity({
      currency_code: invoice.currency_code,
      already_claimed: invoice.indemnity_claimed,
      company_in_insolvency: company.in_insolvency,
    })
    if (indemnity) claims.push({ ...ref, kind: "indemnity", amount: indemnity, detail: null })
  }
  if (level >= firstWith("claim_interest") && invoice.due_date < asOf) {
    // On the whole invoice as it stood: interest runs on what was open each day, disputed or not.
    const paid = MathBN.sum(0, ...invoice.settlements.map((s) => s.amount))
    if (missingHalfYear(invoice.due_date, asOf, rates)) return claims
    const interest = lateInterest({
      currency_code: invoice.currency_code,
      due_date: invoice.due_date,
      until: asOf,
      open_amount: MathBN.add(invoice.open_amount, paid),
      settlements: invoice.settlements,
      rates,
    })
    if (MathBN.gt(interest.total, 0)) {
      claims.push({ ...ref, kind: "interest", amount: interest.total, detail: interest.periods })
    }
  }
  return claims
}
