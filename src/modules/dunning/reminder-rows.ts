import { moneyString } from "../../lib/money"
import type { CalendarDate } from "../../lib/time"
import { fillTemplate, type LetterFacts } from "./letter-fields"
import { bigNumberColumns } from "./repositories/reminders"
import type { CompanyLedgerView, OpenInvoice, PlanLevel, PlannedReminder } from "./plan"

/** A level with its channels and its subject and body per language. */
export type PolicyLevel = PlanLevel & {
  channels: string[]
  templates: Record<string, { subject: string; body: string }>
}

/** What a run knows of a company before it plans: who it is and what it owes. */
export type CompanyToDun = Omit<CompanyLedgerView, "invoices"> & {
  company_id: string
  company_name: string
  legal_name: string
  language: string
  recipient: string | null
  /** null: the default policy. */
  policy_id: string | null
  invoices: Array<Omit<OpenInvoice, "last_level" | "last_as_of" | "indemnity_claimed">>
}

export type SellerFacts = { seller_name: string; iban: string }

/** The facts a reminder's templates are filled with. */
export function letterFacts(
  company: CompanyToDun,
  reminder: PlannedReminder,
  asOf: CalendarDate,
  seller: SellerFacts
): LetterFacts {
  const oldest = reminder.items.reduce((a, b) => (a.due_date <= b.due_date ? a : b))
  return {
    company_name: company.company_name,
    legal_name: company.legal_name,
    date: asOf,
    level: reminder.level.level,
    level_name: reminder.level.name,
    currency_code: reminder.currency_code,
    total_open: reminder.total_open,
    invoice_count: reminder.items.length,
    oldest_due_date: oldest.due_date,
    days_late: Math.max(0, oldest.days_late),
    fees: reminder.fee_total,
    interest: reminder.interest_total,
    ...seller,
  }
}

/** The reminder's row: its level's templates filled in, in the company's language (else English). */
export function reminderRow(
  company: CompanyToDun,
  reminder: PlannedReminder,
  ctx: { run_id: string; policy_id: string; as_of: CalendarDate; seller: SellerFacts }
) {
  const level = reminder.level as PolicyLevel
  const language = level.templates[company.language] ? company.language : "en"
  const template = level.templates[language]
  const facts = letterFacts(company, reminder, ctx.as_of, ctx.seller)
  return {
    run_id: ctx.run_id,
    company_id: company.company_id,
    policy_id: ctx.policy_id,
    level: level.level,
    level_name: level.name,
    as_of: ctx.as_of,
    currency_code: reminder.currency_code,
    language,
    channels: level.channels,
    subject: fillTemplate(template.subject, facts, language),
    body: fillTemplate(template.body, facts, language),
    recipient: company.recipient,
    status: level.needs_approval ? "awaiting_approval" : "queued",
    attempts: 0,
    ...money("total_open", reminder.total_open, reminder.currency_code),
    ...money("fee_total", reminder.fee_total, reminder.currency_code),
    ...money("interest_total", reminder.interest_total, reminder.currency_code),
  }
}

const money = (column: string, value: string, currency: string) =>
  bigNumberColumns(column, moneyString(value, currency))
