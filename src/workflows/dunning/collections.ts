import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { moneyString } from "../../lib/money"
import { type CalendarDate, calendarDateInZone, daysBetween } from "../../lib/time"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DUNNING_MODULE } from "../../modules/dunning"
import { nextAction, promiseKeepingRate } from "../../modules/dunning/next-action"
import type DunningModuleService from "../../modules/dunning/service"
import { companiesToDun } from "./companies-to-dun"

type Row = Awaited<ReturnType<typeof companiesToDun>>[number]

const sum = (values: BigNumberInput[]) => MathBN.sum(0, ...values)

/**
 * The collections worklist: every company with something overdue, most
 * urgent first (overdue amount × days late, summed over its invoices), with
 * what a collector needs to decide the next call: the last reminder and its
 * level, the next level and its date, disputes, promises, hold, collector,
 * the next follow-up, and cash on the account waiting to be matched.
 */
export async function collectionsWorklist(
  container: MedusaContainer,
  filter: { as_of?: CalendarDate; collector_id?: string; limit: number; offset: number }
) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const asOf = filter.as_of ?? calendarDateInZone(new Date(), dunning.options.timeZone)
  const views = (await companiesToDun(container, { as_of: asOf })).filter((c) =>
    c.invoices.some((i) => i.due_date < asOf)
  )
  const ids = views.map((v) => v.company_id)
  const [accounts, details] = await Promise.all([
    dunning.listDunningAccounts({ company_id: ids }, { take: null }),
    companyDetails(container, views),
  ])
  const collectorOf = new Map(accounts.map((a) => [a.company_id, a.collector_id]))
  const rows = views
    .filter((v) => !filter.collector_id || collectorOf.get(v.company_id) === filter.collector_id)
    .map((v) => ({
      ...figures(v, asOf),
      collector_id: collectorOf.get(v.company_id) ?? null,
      ...details.get(v.company_id)!,
    }))
    .sort((a, b) => MathBN.convert(b.urgency).comparedTo(MathBN.convert(a.urgency)) ?? 0)
  return {
    companies: rows.slice(filter.offset, filter.offset + filter.limit),
    count: rows.length,
    as_of: asOf,
  }
}

/** A company's overdue figures in its currencies, and the urgency the worklist sorts by. */
function figures(view: Row, asOf: CalendarDate) {
  const overdue = view.invoices.filter((i) => i.due_date < asOf)
  const currencies = [...new Set(overdue.map((i) => i.currency_code))]
  const byCurrency = currencies.map((currency) => {
    const mine = overdue.filter((i) => i.currency_code === currency)
    return {
      currency_code: currency,
      overdue: moneyString(sum(mine.map((i) => i.open_amount)), currency),
      disputed: moneyString(sum(mine.map((i) => i.disputed)), currency),
      promised: moneyString(sum(mine.map((i) => i.promised)), currency),
      unallocated_cash: moneyString(view.unallocated[currency] ?? 0, currency),
    }
  })
  const oldest = overdue.reduce((a, b) => (a.due_date <= b.due_date ? a : b))
  return {
    company_id: view.company_id,
    company_name: view.company_name,
    overdue_invoices: overdue.length,
    oldest_due_date: oldest.due_date,
    days_late: daysBetween(oldest.due_date, asOf),
    urgency: sum(overdue.map((i) => MathBN.mult(i.open_amount, daysBetween(i.due_date, asOf)))).toFixed(2),
    amounts: byCurrency,
    // Cash that covers what is overdue: probably this company's payment, to be matched before chasing.
    cash_to_match: byCurrency.some(
      (c) => MathBN.gt(c.unallocated_cash, 0) && MathBN.gte(c.unallocated_cash, c.overdue)
    ),
    invoices: overdue.map((i) => ({ invoice_id: i.invoice_id, due_date: i.due_date })),
  }
}

/** Per company: hold, last reminder, next level, disputes, promises, next follow-up. */
async function companyDetails(container: MedusaContainer, views: Row[]) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const ids = views.map((v) => v.company_id)
  const invoices = views.flatMap((v) => v.invoices.map((i) => ({ ...i, company_id: v.company_id })))
  const [
    companies,
    latest,
    disputes,
    promises,
    activities,
    { ladders, default_policy_id },
    accounts,
    states,
  ] = await Promise.all([
    container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listCompanies({ id: ids }, { select: ["id", "status", "held_by", "hold_reason"], take: null }),
    dunning.latestReminders(ids),
    dunning.listDisputes({ company_id: ids, status: "open" }, { take: null }),
    dunning.listPaymentPromises(
      { company_id: ids },
      { select: ["company_id", "status", "promised_date"], take: null }
    ),
    dunning.listCollectionActivities(
      { company_id: ids, done_at: null },
      { order: { due_date: "ASC" }, take: null }
    ),
    dunning.ladders(),
    dunning.listDunningAccounts({ company_id: ids }, { take: null }),
    dunning.invoiceStates(invoices.map((i) => i.invoice_id)),
  ])
  const policyOf = new Map(accounts.map((a) => [a.company_id, a.policy_id]))
  return new Map(
    ids.map((id) => {
      const company = companies.find((c) => c.id === id)
      const levels = ladders.get(policyOf.get(id) ?? default_policy_id ?? "") ?? []
      const mine = invoices.filter((i) => i.company_id === id)
      const theirPromises = promises.filter((p) => p.company_id === id)
      const nextActivity = activities.find((a) => a.company_id === id)
      return [
        id,
        {
          on_hold: company?.status === "on_hold",
          hold_reason: company?.hold_reason ?? null,
          last_reminder: latest.get(id) ?? null,
          next_action: nextAction(levels, mine, (invoiceId) => states.get(invoiceId)?.last_level ?? 0),
          open_disputes: disputes.filter((d) => d.company_id === id).length,
          promises_due: theirPromises
            .filter((p) => p.status === "open")
            .map((p) => p.promised_date)
            .sort(),
          promise_keeping_rate: promiseKeepingRate(theirPromises.map((p) => p.status)),
          next_activity: nextActivity
            ? {
                id: nextActivity.id,
                type: nextActivity.type,
                body: nextActivity.body,
                due_date: nextActivity.due_date,
              }
            : null,
        },
      ]
    })
  )
}

/** Where a company stands in collections today: its worklist row (null with nothing overdue) and its account. */
export async function companyCollections(container: MedusaContainer, companyId: string) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const asOf = calendarDateInZone(new Date(), dunning.options.timeZone)
  const views = await companiesToDun(container, { as_of: asOf, company_id: companyId })
  const overdue = views.filter((v) => v.invoices.some((i) => i.due_date < asOf))
  const details = await companyDetails(container, views)
  const [account] = await dunning.listDunningAccounts({ company_id: companyId })
  const { default_policy_id } = await dunning.ladders()
  return {
    as_of: asOf,
    account: {
      policy_id: account?.policy_id ?? null,
      effective_policy_id: account?.policy_id ?? default_policy_id,
      collector_id: account?.collector_id ?? null,
      in_insolvency: account?.in_insolvency ?? false,
      paused: account?.paused ?? false,
    },
    standing: overdue.length ? { ...figures(overdue[0], asOf), ...details.get(companyId)! } : null,
  }
}
