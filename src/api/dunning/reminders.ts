import type { MedusaContainer } from "@medusajs/framework/types"
import { moneyString } from "../../lib/money"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DUNNING_MODULE } from "../../modules/dunning"
import type DunningModuleService from "../../modules/dunning/service"

type ReminderFilter = { company_id?: string; run_id?: string; status?: string | string[]; id?: string }

/**
 * Reminders newest first, each with its invoices (level, amount open, days
 * late) and its claims, amounts as the currency's decimal strings: what the
 * admin and a buyer read of a reminder.
 */
export async function listReminders(
  scope: MedusaContainer,
  filter: ReminderFilter,
  page: { limit: number; offset: number }
) {
  const dunning = scope.resolve<DunningModuleService>(DUNNING_MODULE)
  const [reminders, count] = await dunning.listAndCountDunningReminders(filter, {
    order: { as_of: "DESC", created_at: "DESC" },
    take: page.limit,
    skip: page.offset,
  })
  const ids = reminders.map((r) => r.id)
  const names = await companyNames(scope, reminders)
  const [items, claims] = ids.length
    ? await Promise.all([
        dunning.listDunningItems({ reminder_id: ids }, { order: { due_date: "ASC" }, take: null }),
        dunning.listDunningClaims({ reminder_id: ids }, { take: null }),
      ])
    : [[], []]
  const money = (value: unknown, currency: string) => moneyString(value as string, currency)
  return {
    count,
    reminders: reminders.map((r) => ({
      id: r.id,
      run_id: r.run_id,
      company_id: r.company_id,
      company_name: names.get(r.company_id) ?? null,
      level: r.level,
      level_name: r.level_name,
      as_of: r.as_of,
      language: r.language,
      channels: r.channels,
      subject: r.subject,
      body: r.body,
      recipient: r.recipient,
      status: r.status,
      attempts: r.attempts,
      last_error: r.last_error,
      next_attempt_at: r.next_attempt_at,
      sent_at: r.sent_at,
      approved_by: r.approved_by,
      created_at: r.created_at,
      currency_code: r.currency_code,
      total_open: money(r.raw_total_open, r.currency_code),
      fee_total: money(r.raw_fee_total, r.currency_code),
      interest_total: money(r.raw_interest_total, r.currency_code),
      invoices: items
        .filter((i) => i.reminder_id === r.id)
        .map((i) => ({
          invoice_id: i.invoice_id,
          invoice_number: i.invoice_number,
          level: i.level,
          due_date: i.due_date,
          days_late: i.days_late,
          open_amount: money(i.raw_open_amount, r.currency_code),
          chased_amount: money(i.raw_chased_amount, r.currency_code),
        })),
      claims: claims
        .filter((c) => c.reminder_id === r.id)
        .map((c) => ({
          id: c.id,
          invoice_id: c.invoice_id,
          invoice_number: c.invoice_number,
          kind: c.kind,
          amount: money(c.raw_amount, c.currency_code),
          status: c.status,
          debit_note_id: c.debit_note_id,
          decision_reason: c.decision_reason,
          detail: c.detail,
        })),
    })),
  }
}

/** A dispute or promise as the API shows it: its amount as the currency's decimal string. */
export const withAmount = <T extends Record<string, any>>(record: T) => {
  const { raw_amount, ...rest } = record
  return { ...rest, amount: moneyString((raw_amount ?? 0) as string, record.currency_code) }
}

/** One page of disputes or promises to pay, newest first, amounts as decimal strings. */
export async function listWithAmounts(
  scope: MedusaContainer,
  records: "Disputes" | "PaymentPromises",
  filter: Record<string, unknown>,
  page: { limit: number; offset: number }
) {
  const dunning = scope.resolve<DunningModuleService>(DUNNING_MODULE)
  const [rows, count] = await dunning[`listAndCount${records}`](filter, {
    order: { created_at: "DESC" },
    take: page.limit,
    skip: page.offset,
  })
  return { rows: rows.map(withAmount), count, ...page }
}

/** The names of the companies `records` belong to, by id: lists show who a reminder or claim is for. */
export async function companyNames(scope: MedusaContainer, records: Array<{ company_id: string }>) {
  const ids = [...new Set(records.map((r) => r.company_id))]
  if (!ids.length) return new Map<string, string>()
  const companies = await scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listCompanies({ id: ids }, { select: ["id", "name"], take: null })
  return new Map(companies.map((c) => [c.id, c.name]))
}
