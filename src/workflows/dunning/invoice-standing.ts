import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { moneyString } from "../../lib/money"
import { DUNNING_MODULE } from "../../modules/dunning"
import type DunningModuleService from "../../modules/dunning/service"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"

/**
 * An issued invoice of a company with what is open on it in the ledger and
 * what open disputes already hold back. Another company's invoice is "not
 * found": a buyer learns nothing of invoices that are not theirs.
 */
export async function invoiceStanding(
  container: MedusaContainer,
  input: { invoice_id: string; company_id: string }
) {
  const [invoice] = await container
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoices({ id: input.invoice_id, company_id: input.company_id, kind: "invoice" })
  if (!invoice?.number) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no issued invoice ${input.invoice_id} for this company`
    )
  }
  const [balances, disputes] = await Promise.all([
    container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).documentBalances([invoice.id]),
    container
      .resolve<DunningModuleService>(DUNNING_MODULE)
      .listDisputes({ invoice_id: invoice.id, status: "open" }, { take: null }),
  ])
  const currency = invoice.currency_code
  const open = balances.get(invoice.id)?.open ?? 0
  const disputed = MathBN.sum(0, ...disputes.map((d) => d.raw_amount as unknown as BigNumberInput))
  return {
    invoice: {
      id: invoice.id,
      number: invoice.number,
      currency_code: currency,
      company_id: input.company_id,
    },
    open: moneyString(open, currency),
    disputed: moneyString(disputed, currency),
    undisputed: moneyString(MathBN.max(0, MathBN.sub(open, disputed)), currency),
  }
}
