import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/**
 * The payment terms an invoice prints when its order was paid at checkout
 * (by card, not on account): the fact that makes it paid from the moment it
 * is issued, printed on the document itself.
 */
export const PAID_AT_CHECKOUT = "Paid at checkout"

/**
 * The kinds of document the buyer pays, each with an invoice's status
 * (issued, partially paid, paid...): invoices and debit notes. Credit notes
 * pay back; they stay `issued`.
 */
export const PAYABLE_KINDS = ["invoice", "debit_note"] as const

export const isPayable = (kind: string) => (PAYABLE_KINDS as readonly string[]).includes(kind)

export const INVOICE_STATUSES = ["issued", "partially_paid", "paid", "partially_credited", "void"] as const

/**
 * Where an issued invoice stands. `void` is "credited": credit notes took
 * all of it back (the stored value predates the word, and API clients read
 * it).
 */
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/** What decides an invoice's status. */
export type InvoiceFacts = {
  total: BigNumberInput
  /** What its issued credit notes took back. */
  credited: BigNumberInput
  /** What payments settled of it in the ledger (cash, with the discounts and write-offs booked with it). */
  paid: BigNumberInput
  /** Its order was paid at checkout: whatever no credit note took back was paid then. */
  paid_at_checkout: boolean
}

export type InvoiceStanding = {
  status: InvoiceStatus
  paid: ReturnType<typeof MathBN.convert>
  open: ReturnType<typeof MathBN.convert>
}

/**
 * The one derivation of an invoice's status, for invoices on account (facts
 * from the ledger) and paid at checkout alike: paid once nothing is open and
 * something was paid, credited (`void`) once credit notes alone closed it,
 * partially paid while payments closed part of it, partially credited while
 * only credit notes did.
 */
export function invoiceStanding(facts: InvoiceFacts): InvoiceStanding {
  const credited = MathBN.min(facts.credited, facts.total)
  const paid = facts.paid_at_checkout
    ? MathBN.max(MathBN.sub(facts.total, credited), 0)
    : MathBN.convert(facts.paid)
  const open = MathBN.max(MathBN.sub(MathBN.sub(facts.total, credited), paid), 0)
  const status = (): InvoiceStatus => {
    if (!MathBN.gt(open, 0)) {
      if (MathBN.gt(paid, 0)) return "paid"
      if (MathBN.gt(credited, 0)) return "void"
      return facts.paid_at_checkout ? "paid" : "issued"
    }
    if (MathBN.gt(paid, 0)) return "partially_paid"
    return MathBN.gt(credited, 0) ? "partially_credited" : "issued"
  }
  return { status: status(), paid, open }
}

/** Whether an invoice was paid at checkout, from what it prints. */
export const isPaidAtCheckout = (invoice: { kind: string; payment_terms_text?: string | null }) =>
  invoice.kind === "invoice" && invoice.payment_terms_text === PAID_AT_CHECKOUT
