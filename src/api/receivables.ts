import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { currencyDecimals, roundMoney } from "../lib/money"
import { addDays, type CalendarDate, calendarDateInZone } from "../lib/time"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { RECEIVABLES_MODULE } from "../modules/receivables"
import { futureDateRefusal } from "../modules/receivables/booking-date"
import { paidOf } from "../modules/receivables/ledger"
import { bucketOf, monthsBack, parseAgingBuckets, receivablesKpis } from "../modules/receivables/reports"
import type { DocumentBalance, SettlementRequest } from "../modules/receivables/service"
import type ReceivablesModuleService from "../modules/receivables/service"
import {
  renderStatementPdf,
  type StatementCompany,
  statementFilename,
} from "../workflows/receivables/steps/render-statement"
import { conflictError } from "./utils"

/** Amounts go out as JSON numbers, like Medusa's own: computed exactly, converted only to be sent. */
export const num = (value: BigNumberInput | null | undefined) =>
  value === null || value === undefined ? null : MathBN.convert(value).toNumber()

export const receivablesOf = (scope: MedusaContainer) =>
  scope.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)

/** Today in the merchant's time zone: the default as-of date. */
export function today(scope: MedusaContainer): CalendarDate {
  return calendarDateInZone(new Date(), receivablesOf(scope).options.timeZone)
}

/**
 * A company for an account route: 404 when it does not exist, 400 when a
 * currency is asked that the company neither uses nor has entries in.
 */
export async function assertCompanyCurrency(
  scope: MedusaContainer,
  companyId: string,
  currencyCode?: string
) {
  const [company] = await scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies(
      { id: companyId },
      { select: ["id", "name", "legal_name", "currency_code", "billing_address"] }
    )
  if (!company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${companyId} was not found`)
  }
  if (currencyCode && currencyCode !== company.currency_code.toLowerCase()) {
    const [entry] = await receivablesOf(scope).listLedgerEntries(
      { company_id: companyId, currency_code: currencyCode },
      { select: ["id"], take: 1 }
    )
    if (!entry) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${company.name} is invoiced in ${company.currency_code.toUpperCase()} and has no ${currencyCode.toUpperCase()} account`
      )
    }
  }
  return company
}

/** The currency a report with nothing in it is shown in: the company's, or the store's default. */
export async function defaultCurrency(scope: MedusaContainer, companyId?: string) {
  if (companyId) {
    return (await assertCompanyCurrency(scope, companyId)).currency_code
  }
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const currencies = data[0]?.supported_currencies ?? []
  return (currencies.find((c: any) => c?.is_default) ?? currencies[0])?.currency_code ?? "eur"
}

/**
 * Runs a ledger workflow and answers a conflict (an idempotency key reused
 * for another request, a payment reversed twice) with a 409 that keeps its
 * message.
 */
export async function runLedgerWorkflow<I, O>(
  workflow: { run: (args: { input: I }) => Promise<{ result: O }> },
  input: I
): Promise<O> {
  try {
    return (await workflow.run({ input })).result
  } catch (error) {
    // Errors come out of a workflow as plain objects: their type survives, not their class.
    if ((error as { type?: string })?.type === MedusaError.Types.CONFLICT) {
      throw conflictError((error as Error).message)
    }
    throw error
  }
}

/** 400 unless the amount fits the currency (no 0.001 EUR, no 0.5 JPY). */
export function assertCurrencyAmount(amount: BigNumberInput, currencyCode: string, field: string) {
  if (!MathBN.eq(roundMoney(amount, currencyCode), amount)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} has more decimals than ${currencyCode.toUpperCase()} allows (${currencyDecimals(currencyCode)})`
    )
  }
}

/** The API's allocation requests (invoice or instalment) as the ledger's. */
export function settlementRequests(
  allocations: Array<{ invoice_id?: string; entry_id?: string; amount: number | string }> | undefined,
  currencyCode: string
): SettlementRequest[] | undefined {
  return allocations?.map((a) => {
    assertCurrencyAmount(a.amount, currencyCode, "allocations.amount")
    return a.invoice_id
      ? { document_id: a.invoice_id, amount: String(a.amount) }
      : { debit_entry_id: a.entry_id, amount: String(a.amount) }
  })
}

type PaymentDetail = Awaited<ReturnType<ReceivablesModuleService["paymentDetail"]>> & { replayed?: boolean }

/** A payment as the API shows it. */
export function paymentJson(detail: PaymentDetail) {
  const { payment } = detail
  const metadata = (payment.metadata ?? {}) as Record<string, any>
  const settledItem = (s: Record<string, any>) => ({
    debit_entry_id: s.debit_entry_id,
    document_id: s.document_id,
    document_number: s.document_number,
    due_date: s.due_date,
    amount: num(s.amount),
  })
  return {
    id: payment.id,
    company_id: payment.company_id,
    currency_code: payment.currency_code,
    amount: num((payment as any).raw_amount ?? payment.amount),
    received_on: payment.effective_date,
    method: metadata.method ?? null,
    reference: metadata.reference ?? null,
    source: payment.source,
    created_by: payment.created_by,
    created_at: payment.created_at,
    unallocated: num(detail.unallocated),
    reversed_by: detail.reversed_by,
    allocations: detail.allocations.map(settledItem),
    settlements: detail.settlements.map((s) => ({ settled_with: s.settled_with, ...settledItem(s) })),
    replayed: detail.replayed ?? false,
  }
}

/** Where an invoice stands in the ledger, for document lists and details; null when it is not a receivable. */
export function receivableJson(balance: DocumentBalance | undefined, asOf: CalendarDate) {
  if (!balance) return null
  return {
    open: num(balance.open),
    paid: num(paidOf(balance.settled_by)),
    credited: num(balance.settled_by.credit_note ?? 0),
    instalments: balance.instalments.map((i) => ({
      entry_id: i.entry_id,
      due_date: i.due_date,
      amount: num(i.amount),
      open: num(i.open),
      overdue: MathBN.gt(i.open, 0) && !!i.due_date && i.due_date < asOf,
    })),
  }
}

/** Adds `receivable` to each document of a list or detail. */
export async function withReceivables<T extends { id: string }>(scope: MedusaContainer, documents: T[]) {
  const balances = await receivablesOf(scope).documentBalances(documents.map((d) => d.id))
  const asOf = today(scope)
  return documents.map((d) => ({ ...d, receivable: receivableJson(balances.get(d.id), asOf) }))
}

/**
 * Aging by due date as of a date, per currency, in the configured (or
 * asked) buckets, with the credits not yet allocated beside it.
 */
export async function agingReport(
  scope: MedusaContainer,
  params: { as_of?: string; company_id?: string; currency_code?: string; buckets?: string },
  fallbackCurrency: string
) {
  const receivables = receivablesOf(scope)
  const asOf = params.as_of ?? today(scope)
  let specs: ReturnType<typeof parseAgingBuckets>
  try {
    specs = parseAgingBuckets(params.buckets ?? receivables.options.receivables.agingBuckets.join(","))
  } catch (e) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (e as Error).message)
  }
  const filter = { as_of: asOf, company_id: params.company_id, currency_code: params.currency_code }
  const [rows, unallocated] = await Promise.all([
    receivables.openByDaysPastDue(filter),
    receivables.unallocatedCredits(filter),
  ])
  const currencies = [...new Set([...rows.map((r) => r.currency_code), ...unallocated.keys()])].sort()
  const aging = (currencies.length ? currencies : [params.currency_code ?? fallbackCurrency]).map(
    (currency) => {
      const sums = new Map(specs.map((b) => [b.key, MathBN.convert(0)]))
      for (const row of rows.filter((r) => r.currency_code === currency)) {
        const key = bucketOf(row.days_past_due, specs)
        sums.set(key, MathBN.add(sums.get(key)!, row.open))
      }
      const total = MathBN.add(0, ...sums.values())
      return {
        as_of: asOf,
        currency_code: currency,
        buckets: specs.map((b) => ({ ...b, amount: num(sums.get(b.key)) })),
        total: num(total),
        unallocated_credits: num(unallocated.get(currency) ?? 0),
      }
    }
  )
  return aging.length === 1 ? aging[0] : { as_of: asOf, aging }
}

/** Countback DSO, Best Possible DSO, ADD and CEI per currency for a period (see README for the formulas). */
export async function kpiReport(
  scope: MedusaContainer,
  params: { from?: string; to?: string; currency_code?: string }
) {
  const receivables = receivablesOf(scope)
  const to = params.to ?? today(scope)
  const from = params.from ?? addDays(to, -89)
  if (from > to) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must not be after to")
  }
  const months = monthsBack(to, 12)
  const [beginning, ending, periodSales, monthlySales] = await Promise.all([
    receivables.openByDaysPastDue({ as_of: addDays(from, -1), currency_code: params.currency_code }),
    receivables.openByDaysPastDue({ as_of: to, currency_code: params.currency_code }),
    receivables.creditSales({ from, to }),
    receivables.creditSales({ from: months[months.length - 1].from, to }),
  ])
  const sum = (values: BigNumberInput[]) => MathBN.add(0, ...values)
  const currencies = [...new Set([...beginning, ...ending, ...periodSales].map((r) => r.currency_code))]
    .filter((c) => !params.currency_code || c === params.currency_code)
    .sort()
  const kpis = currencies.map((currency) => {
    const endingRows = ending.filter((r) => r.currency_code === currency)
    const input = {
      beginning_ar: sum(beginning.filter((r) => r.currency_code === currency).map((r) => r.open)),
      ending_ar: sum(endingRows.map((r) => r.open)),
      ending_current_ar: sum(endingRows.filter((r) => r.days_past_due <= 0).map((r) => r.open)),
      credit_sales: sum(periodSales.filter((r) => r.currency_code === currency).map((r) => r.sales)),
      months: months.map((m) => ({
        days: m.days,
        sales: sum(
          monthlySales
            .filter((r) => r.currency_code === currency && r.month === m.from.slice(0, 7))
            .map((r) => r.sales)
        ),
      })),
    }
    const figures = receivablesKpis(input)
    return {
      currency_code: currency,
      beginning_ar: num(input.beginning_ar),
      ending_ar: num(input.ending_ar),
      ending_current_ar: num(input.ending_current_ar),
      credit_sales: num(input.credit_sales),
      dso: num(figures.dso),
      best_possible_dso: num(figures.best_possible_dso),
      average_days_delinquent: num(figures.average_days_delinquent),
      cei: num(figures.cei),
    }
  })
  return { from, to, kpis }
}

const STATEMENT_DAYS = 90

/**
 * The period of a statement: the dates given, by default the last 90 days
 * to today (for the admin, the store and the e-mailed statement alike).
 */
export function statementPeriod(scope: MedusaContainer, params: { from?: string; to?: string }) {
  const to = params.to ?? today(scope)
  const from = params.from ?? addDays(to, -(STATEMENT_DAYS - 1))
  if (from > to) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `from (${from}) must not be after to (${to})`)
  }
  return { from, to }
}

/**
 * GET .../statement for admins and company admins alike: the statement of
 * account for a period (default: the last 90 days) as JSON, or as a PDF
 * rendered by the warm Chromium.
 */
export async function sendStatement(
  req: MedusaRequest,
  res: MedusaResponse,
  company: StatementCompany,
  params: { from?: string; to?: string; currency_code?: string; format: "json" | "pdf" }
) {
  const { from, to } = statementPeriod(req.scope, params)
  const statement = await receivablesOf(req.scope).statement({
    company_id: company.id,
    currency_code: params.currency_code ?? company.currency_code,
    from,
    to,
  })
  if (params.format === "json") {
    res.json({
      statement: {
        company: { id: company.id, name: company.name, legal_name: company.legal_name },
        ...statement,
        opening_balance: num(statement.opening_balance),
        closing_balance: num(statement.closing_balance),
        movements: statement.movements.map((m) => ({ ...m, amount: num(m.amount), balance: num(m.balance) })),
        open_items: statement.open_items.map((i) => ({ ...i, amount: num(i.amount), open: num(i.open) })),
      },
    })
    return
  }
  const pdf = await renderStatementPdf(req.scope, company, statement)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${statementFilename({ from, to })}"`)
  res.end(pdf)
}

/**
 * A date that books money (a payment received, a reversal): today in the
 * store's time zone when not given, and never after today (400).
 */
export function bookingDate(scope: MedusaContainer, date: CalendarDate | undefined, field: string) {
  const todayInStore = today(scope)
  const refusal =
    date === undefined
      ? null
      : futureDateRefusal({
          field,
          date,
          today: todayInStore,
          timeZone: receivablesOf(scope).options.timeZone,
        })
  if (refusal) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  }
  return date ?? todayInStore
}

/** A company's balance and open items (with due dates and days past due) in a currency. */
export async function openItemsReport(scope: MedusaContainer, companyId: string, currencyCode: string) {
  const asOf = today(scope)
  const receivables = receivablesOf(scope)
  const [balance, openItems] = await Promise.all([
    receivables.balance(companyId, currencyCode),
    receivables.openItems(companyId, currencyCode, asOf),
  ])
  const items = openItems.map((i) => ({
    id: i.id,
    type: i.type,
    side: i.side,
    document_id: i.document_id,
    document_number: i.document_number,
    effective_date: i.effective_date,
    due_date: i.due_date,
    amount: num(i.amount),
    open: num(i.open),
    days_past_due: i.days_past_due,
  }))
  const overdue = openItems.filter((i) => i.side === "debit" && (i.days_past_due ?? 0) > 0).map((i) => i.open)
  return {
    company_id: companyId,
    currency_code: currencyCode.toLowerCase(),
    as_of: asOf,
    balance: num(balance),
    overdue: num(MathBN.add(0, ...overdue)),
    open_items: items,
  }
}
