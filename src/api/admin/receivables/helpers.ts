import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { currencyDecimals, exactAmount, num, roundMoney } from "../../../lib/money"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"
import type { SettlementRequest } from "../../../modules/receivables/service"

export const receivablesOf = (scope: MedusaContainer) =>
  scope.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)

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
  const settledItem = (s: PaymentDetail["allocations"][number]) => ({
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
    amount: num(exactAmount(payment, "amount")),
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
