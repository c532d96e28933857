import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { roundMoney } from "../../lib/money"
import { addDays, type CalendarDate, calendarDateInZone } from "../../lib/time"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type { SellerIdentityInput } from "../../modules/invoicing/seller"
import type InvoicingModuleService from "../../modules/invoicing/service"
import { issueCreditNoteWorkflow } from "../../workflows/invoicing/issue-credit-note"
import { issueOrderInvoiceWorkflow } from "../../workflows/invoicing/issue-order-invoice"
import { renderAndSendInvoiceWorkflow } from "../../workflows/invoicing/render-and-send-invoice"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import { bookDocumentWorkflow } from "../../workflows/receivables/book-document"
import { receivePaymentWorkflow } from "../../workflows/receivables/payments"
import { placeSeedOrder } from "./b2b"
import { DEMO_SELLER } from "./seller-identity"
import type { SeededStore } from "./store"

/** Saves the demo seller identity unless one is saved already. */
export async function seedSellerIdentity(
  container: MedusaContainer,
  identity: SellerIdentityInput = DEMO_SELLER
) {
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
  /**
   * A bank transfer paying the invoice: in full, half of what is open, or
   * the discounted amount within the early-payment window.
   */
  payment?: { daysAgo: number; part?: "full" | "half" | "discounted" }
}

/** Cash received with no remittance advice: it stays on the account, unallocated. */
export type UnappliedPayment = {
  customer: { id: string }
  daysAgo: number
  amount: string
  reference: string
}

/**
 * Past orders invoiced on their dates, their credit notes and the payments
 * that came in, in one chronological pass (numbers follow issue dates
 * within a series; each document is booked in the ledger as it is issued),
 * then rendered and sent as the subscriber would.
 */
export async function seedInvoiceHistory(
  container: MedusaContainer,
  store: SeededStore,
  entries: InvoiceHistoryEntry[],
  unapplied: UnappliedPayment[] = []
) {
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
    const { credit, payment } = entry
    const paid: Step[] = payment
      ? [
          {
            daysAgo: payment.daysAgo,
            run: () => payInvoice(container, invoiceOf.get(entry)!, today, payment),
          },
        ]
      : []
    if (!credit) {
      return [invoice, ...paid]
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
    return [invoice, creditNote, ...paid]
  })
  for (const cash of unapplied) {
    steps.push({
      daysAgo: cash.daysAgo,
      run: async () => {
        const company = await container
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .buyerAccount(cash.customer.id)
        await receivePaymentWorkflow(container).run({
          input: {
            company_id: company!.company_id,
            currency_code: company!.company.currency_code,
            amount: cash.amount,
            received_on: addDays(today, -cash.daysAgo),
            method: "bank_transfer",
            reference: cash.reference,
            idempotency_key: `seed:unapplied:${cash.reference}`,
            allocate: "none",
            created_by: "seed",
          },
        })
        return null
      },
    })
  }
  const issued: string[] = []
  // Steps of the same day keep their order: an invoice before its payment.
  for (const step of steps.sort((a, b) => b.daysAgo - a.daysAgo)) {
    const id = await step.run()
    if (id) {
      issued.push(id)
      // The subscriber books it too when it runs; booking twice books once.
      await bookDocumentWorkflow(container).run({ input: { document_id: id } })
    }
  }
  for (const id of issued) {
    await renderAndSendInvoiceWorkflow(container).run({ input: { document_id: id } })
  }
  return issued
}

/** Pays an invoice as its buyer would have on that day, by bank transfer quoting its number. */
async function payInvoice(
  container: MedusaContainer,
  invoiceId: string,
  today: CalendarDate,
  payment: NonNullable<InvoiceHistoryEntry["payment"]>
) {
  const receivables = container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
  const [entry] = await receivables.listLedgerEntries(
    { document_id: invoiceId, type: "invoice" },
    { take: 1 }
  )
  const open = (await receivables.openDebits(entry.company_id, entry.currency_code)).filter(
    (d) => d.document_id === invoiceId
  )
  const owed = MathBN.add(0, ...open.map((d) => d.unallocated))
  const discount = MathBN.add(0, ...open.map((d) => d.metadata?.discount?.amount ?? 0))
  const amount =
    payment.part === "half"
      ? roundMoney(MathBN.div(owed, 2), entry.currency_code)
      : payment.part === "discounted"
        ? MathBN.sub(owed, discount)
        : owed
  await receivePaymentWorkflow(container).run({
    input: {
      company_id: entry.company_id,
      currency_code: entry.currency_code,
      amount: MathBN.convert(amount).toFixed(),
      received_on: addDays(today, -payment.daysAgo),
      method: "bank_transfer",
      reference: `VIR ${entry.document_number}`,
      idempotency_key: `seed:payment:${invoiceId}`,
      allocations: [{ document_id: invoiceId, amount: MathBN.convert(amount).toFixed() }],
      created_by: "seed",
    },
  })
  return null
}
