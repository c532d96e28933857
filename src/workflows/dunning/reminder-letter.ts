import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DOCUMENTS_MODULE, type Language } from "../../modules/documents"
import type DocumentsModuleService from "../../modules/documents/service"
import { DUNNING_MODULE } from "../../modules/dunning"
import type DunningModuleService from "../../modules/dunning/service"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { moneyString } from "../../lib/money"
import { addressLines } from "../documents/address-lines"

/**
 * A reminder printed as its letter, in the language it was written in:
 * seller and company addresses, the filled-in subject and body, its
 * invoices and the charges it claims. Printed again whenever asked for (the
 * text and figures are stored with the reminder, so it always reads the same).
 */
export async function printReminderLetter(container: MedusaContainer, reminderId: string) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const [reminder] = await dunning.listDunningReminders({ id: reminderId })
  if (!reminder) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no dunning reminder ${reminderId}`)
  }
  const [items, claims, [company], { identity }] = await Promise.all([
    dunning.listDunningItems({ reminder_id: reminderId }, { order: { due_date: "ASC" }, take: null }),
    dunning.listDunningClaims({ reminder_id: reminderId }, { take: null }),
    container.resolve<CompanyModuleService>(COMPANY_MODULE).listCompanies({ id: reminder.company_id }),
    container.resolve<InvoicingModuleService>(INVOICING_MODULE).sellerIdentity(),
  ])
  const currency = reminder.currency_code
  const money = (v: unknown) => moneyString(v as string, currency)
  const pdf = await container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).renderPdf({
    kind: "dunning_letter",
    language: reminder.language as Language,
    view: {
      seller: {
        legal_name: identity?.legal_name ?? "",
        address_lines: addressLines(identity?.address as Record<string, any> | undefined),
        iban: identity?.iban ?? null,
        bic: identity?.bic ?? null,
      },
      company: {
        name: company?.name ?? "",
        legal_name: company?.legal_name ?? null,
        address_lines: addressLines(company?.billing_address as Record<string, any> | null),
      },
      date: reminder.as_of,
      currency_code: currency,
      subject: reminder.subject,
      body: reminder.body,
      items: items.map((i) => ({
        invoice_number: i.invoice_number,
        due_date: i.due_date,
        days_late: i.days_late,
        open_amount: money(i.raw_open_amount),
        chased_amount: money(i.raw_chased_amount),
      })),
      total: money(reminder.raw_total_open),
      claims: claims.map((c) => ({
        invoice_number: c.invoice_number,
        kind: c.kind,
        amount: money(c.raw_amount),
      })),
    },
  })
  return {
    reminder,
    items,
    pdf: Buffer.from(pdf),
    filename: `reminder-${reminder.as_of}-${reminder.level}.pdf`,
  }
}
