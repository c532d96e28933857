import type { MedusaContainer } from "@medusajs/framework/types"
import { exactAmount } from "../../lib/money"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import {
  type InvoiceFacts,
  type InvoiceStanding,
  invoiceStanding,
  isPaidAtCheckout,
} from "../../modules/invoicing/status"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import { paidOf } from "../../modules/receivables/ledger"
import type ReceivablesModuleService from "../../modules/receivables/service"

export type InvoiceForStanding = {
  id: string
  kind: string
  total: unknown
  raw_total?: unknown
  payment_terms_text?: string | null
}

/**
 * Where each invoice stands, from its facts: an invoice on account from its
 * ledger balance, an invoice paid at checkout from its total and its credit
 * notes. Invoices with neither (on account, not booked yet) are left out.
 * Shared by the status updates and the lists' totals, so both say the same.
 */
export async function invoiceStandings(
  container: MedusaContainer,
  invoices: InvoiceForStanding[]
): Promise<Map<string, InvoiceStanding>> {
  const balances = await container
    .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    .documentBalances(invoices.map((i) => i.id))
  const atCheckout = invoices.filter((i) => !balances.has(i.id) && isPaidAtCheckout(i))
  const credited = await container
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .creditedTotals(atCheckout.map((i) => i.id))
  const standings = new Map<string, InvoiceStanding>()
  for (const invoice of invoices) {
    const balance = balances.get(invoice.id)
    const facts: InvoiceFacts | null = balance
      ? {
          total: balance.amount,
          credited: balance.settled_by.credit_note ?? 0,
          paid: paidOf(balance.settled_by),
          paid_at_checkout: false,
        }
      : credited.has(invoice.id)
        ? {
            total: exactAmount(invoice, "total"),
            credited: credited.get(invoice.id)!,
            paid: 0,
            paid_at_checkout: true,
          }
        : null
    if (facts) standings.set(invoice.id, invoiceStanding(facts))
  }
  return standings
}
