import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { moneyString } from "../../lib/money"
import { addDays, type CalendarDate } from "../../lib/time"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DOCUMENTS_MODULE } from "../../modules/documents"
import type DocumentsModuleService from "../../modules/documents/service"
import { DUNNING_MODULE } from "../../modules/dunning"
import { coverOldestFirst } from "../../modules/dunning/promises"
import type { CompanyToDun } from "../../modules/dunning/reminder-rows"
import type DunningModuleService from "../../modules/dunning/service"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"

/**
 * Everything a run needs to plan, read once for all companies (or one):
 * open invoices due by the run's day (or within the courtesy window), the
 * cash not yet matched, disputes and promises, each company's account,
 * language and billing address. Read-only; the levels already sent are
 * read again under the lock when the batch is written.
 */
export async function companiesToDun(
  container: MedusaContainer,
  filter: { as_of: CalendarDate; company_id?: string | null }
): Promise<CompanyToDun[]> {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
  const scope = filter.company_id ? { company_id: filter.company_id } : {}
  const { ladders } = await dunning.ladders()
  const levels = [...ladders.values()].flat()
  // A courtesy notice goes out before the due date: look that far ahead.
  const ahead = Math.max(0, ...levels.map((l) => -l.offset_days))
  const firstInterest = Math.min(...levels.filter((l) => l.claim_interest).map((l) => l.offset_days))
  const [open, unallocated] = await Promise.all([
    receivables.openInvoicesDueBy({ as_of: filter.as_of, due_by: addDays(filter.as_of, ahead), ...scope }),
    receivables.unallocatedByCompany({ as_of: filter.as_of, ...scope }),
  ])
  if (!open.length) return []
  const companyIds = [...new Set(open.map((o) => o.company_id))]
  const interestDue = open
    .filter((o) => addDays(o.due_date, firstInterest) <= filter.as_of)
    .map((o) => o.document_id)
  const [companies, accounts, disputes, promises, settlements] = await Promise.all([
    container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listCompanies(filter.company_id ? { id: filter.company_id } : {}, {
        select: ["id", "name", "legal_name", "billing_email", "language", "status"],
        take: null,
      }),
    dunning.listDunningAccounts(scope, { take: null }),
    dunning.listDisputes({ ...scope, status: "open" }, { take: null }),
    dunning.listPaymentPromises({ ...scope, status: "open" }, { take: null }),
    Number.isFinite(firstInterest)
      ? receivables.settlementsOf(interestDue, filter.as_of)
      : Promise.resolve([]),
  ])
  const documents = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
  const companyOf = new Map(companies.map((c) => [c.id, c]))
  const accountOf = new Map(accounts.map((a) => [a.company_id, a]))
  const disputed = new Map<string, string>()
  for (const d of disputes) {
    disputed.set(
      d.invoice_id,
      MathBN.add(disputed.get(d.invoice_id) ?? 0, (d.raw_amount ?? d.amount) as BigNumberInput).toString()
    )
  }
  const settledOf = new Map<string, { on: string; amount: string }[]>()
  for (const s of settlements) {
    settledOf.set(s.document_id, [...(settledOf.get(s.document_id) ?? []), { on: s.on, amount: s.amount }])
  }
  const cash = new Map<string, Record<string, string>>()
  for (const u of unallocated)
    cash.set(u.company_id, { ...cash.get(u.company_id), [u.currency_code]: u.unallocated })
  const invoicesOf = new Map<string, typeof open>()
  for (const o of open) invoicesOf.set(o.company_id, [...(invoicesOf.get(o.company_id) ?? []), o])

  return companyIds
    .filter((id) => companyOf.has(id) && !accountOf.get(id)?.paused)
    .map((id) => {
      const company = companyOf.get(id)!
      const account = accountOf.get(id)
      const invoices = invoicesOf.get(id)!
      const promised = coverOldestFirst(
        promises.filter((p) => p.company_id === id && addDays(p.promised_date, p.grace_days) >= filter.as_of),
        invoices.map((i) => ({ invoice_id: i.document_id, currency_code: i.currency_code, open: i.open }))
      )
      return {
        company_id: id,
        company_name: company.name,
        legal_name: company.legal_name,
        language: documents.languageFor(company.language),
        recipient: company.billing_email,
        policy_id: account?.policy_id ?? null,
        in_insolvency: account?.in_insolvency ?? false,
        unallocated: cash.get(id) ?? {},
        invoices: invoices.map((i) => ({
          invoice_id: i.document_id,
          invoice_number: i.document_number,
          currency_code: i.currency_code,
          due_date: i.due_date,
          open_amount: moneyString(i.open, i.currency_code),
          disputed: disputed.get(i.document_id) ?? "0",
          promised: promised.get(i.document_id) ?? "0",
          settlements: settledOf.get(i.document_id) ?? [],
        })),
      }
    })
}
