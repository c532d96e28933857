import type { MedusaContainer } from "@medusajs/framework/types"
import { addDays, calendarDateInZone } from "../../lib/time"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type { SellerIdentityInput } from "../../modules/invoicing/seller"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { issueCreditNoteWorkflow } from "../../workflows/invoicing/issue-credit-note"
import { issueOrderInvoiceWorkflow } from "../../workflows/invoicing/issue-order-invoice"
import { renderAndSend } from "../../workflows/invoicing/render-and-send"
import { placeSeedOrder } from "./b2b"
import { DEMO_SELLER } from "./seller-identity"
import type { SeededStore } from "./store"



/** Saves the demo seller identity unless one is saved already. */
export async function seedSellerIdentity(container: MedusaContainer, identity: SellerIdentityInput = DEMO_SELLER) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const current = await invoicing.sellerIdentity()
  return current.identity ?? (await invoicing.saveSellerIdentity(identity)).identity
}

export type InvoiceHistoryEntry = {
  customer: { id: string; email: string }
  daysAgo: number
  lines: Array<{ sku: string; quantity: number }>
  paidByCard?: boolean
  /** A credit note some days later: the first line's first unit (partial), or everything. */
  credit?: { daysAgo: number; reason: string; partial?: boolean }
}

/**
 * Past orders invoiced on their dates, and their credit notes, in one
 * chronological pass (numbers follow issue dates within a series), then
 * rendered and sent as the subscriber would.
 */
export async function seedInvoiceHistory(container: MedusaContainer, store: SeededStore, entries: InvoiceHistoryEntry[]) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const today = calendarDateInZone(new Date(), invoicing.options.timeZone)
  type Step = { daysAgo: number; run: () => Promise<string | null> }
  const invoiceOf = new Map<InvoiceHistoryEntry, string>()
  const steps: Step[] = entries.flatMap((entry) => {
    const invoice: Step = {
      daysAgo: entry.daysAgo,
      run: async () => {
        const orderId = await placeSeedOrder(
          container,
          store,
          entry.customer,
          entry.lines,
          entry.paidByCard ? "pp_system_default" : undefined
        )
        const { result } = await issueOrderInvoiceWorkflow(container).run({
          input: { order_id: orderId, issue_date: addDays(today, -entry.daysAgo) },
        })
        invoiceOf.set(entry, result!.id)
        return result!.id
      },
    }
    const { credit } = entry
    if (!credit) {
      return [invoice]
    }
    const creditNote: Step = {
      daysAgo: credit.daysAgo,
      run: async () => {
        const { result } = await issueCreditNoteWorkflow(container).run({
          input: {
            invoice_id: invoiceOf.get(entry)!,
            reason: credit.reason,
            lines: credit.partial ? [{ position: 1, quantity: 1 }] : undefined,
            issue_date: addDays(today, -credit.daysAgo),
          },
        })
        return result?.id ?? null
      },
    }
    return [invoice, creditNote]
  })
  const issued: string[] = []
  for (const step of steps.sort((a, b) => b.daysAgo - a.daysAgo)) {
    const id = await step.run()
    if (id) issued.push(id)
  }
  for (const id of issued) {
    await renderAndSend(container, id)
  }
  return issued
}
