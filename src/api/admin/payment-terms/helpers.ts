import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { O2C_MODULE } from "../../../modules/o2c"
import type O2cModuleService from "../../../modules/o2c/service"
import { type Instalment, legalTermViolation } from "../../../modules/payment-term/due-schedule"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import type PaymentTermModuleService from "../../../modules/payment-term/service"

/** 400 past the legal maximum term, 409 on a code another term already uses. */
export async function assertTermAllowed(
  scope: MedusaContainer,
  term: { id?: string; code?: string; instalments?: Instalment[] }
) {
  if (term.instalments) {
    const violation = legalTermViolation(term.instalments, maxPaymentTermDays(scope))
    if (violation) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, violation)
    }
  }
  if (term.code) {
    const [clash] = await scope
      .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
      .listPaymentTerms({ code: term.code })
    if (clash && clash.id !== term.id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A payment term with code "${term.code}" already exists`
      )
    }
  }
}

/** The plugin's legal maximum (0: no check), shown by the payment-term form. */
export function maxPaymentTermDays(scope: MedusaContainer): number {
  return scope.resolve<O2cModuleService>(O2C_MODULE).options.maxPaymentTermDays
}

export type PaymentTermUsage = { companies: number; company_names: string[]; invoices: number }

/**
 * Who uses a term: the companies it is assigned to, and the invoices issued
 * for orders placed under it (found through the term snapshot each order's
 * credit commitment keeps).
 */
export async function paymentTermUsage(scope: MedusaContainer, termId: string): Promise<PaymentTermUsage> {
  const companies = scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [named, companyCount] = await companies.listAndCountCompanies(
    { payment_term_id: termId },
    { take: 3, select: ["name"], order: { name: "ASC" } }
  )
  // A filter on a property of the json snapshot (MikroORM queries JSON
  // properties); the generated filter type only knows the column as a whole.
  const commitments = await companies.listCreditCommitments({ payment_term: { id: termId } } as any, {
    select: ["order_id"],
  })
  const orderIds = commitments.map((c) => c.order_id).filter((id): id is string => !!id)
  const [, invoiceCount] = orderIds.length
    ? await scope
        .resolve<InvoicingModuleService>(INVOICING_MODULE)
        .listAndCountInvoices({ order_id: orderIds, kind: "invoice", status: { $ne: "draft" } }, { take: 1 })
    : [[], 0]
  return { companies: companyCount, company_names: named.map((c) => c.name), invoices: invoiceCount }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** 409 naming who uses the term, when anyone does. */
export function assertUnused(term: { name: string }, usage: PaymentTermUsage) {
  if (!usage.companies && !usage.invoices) {
    return
  }
  const users: string[] = []
  if (usage.companies) {
    const more = usage.companies > usage.company_names.length ? ", ..." : ""
    users.push(
      `${plural(usage.companies, "company", "companies")} (${usage.company_names.join(", ")}${more})`
    )
  }
  if (usage.invoices) {
    users.push(plural(usage.invoices, "issued invoice", "issued invoices"))
  }
  throw new MedusaError(
    MedusaError.Types.CONFLICT,
    `Payment term "${term.name}" is used by ${users.join(" and ")} and cannot be deleted` +
      (usage.companies ? "; give those companies another term first." : ".")
  )
}
