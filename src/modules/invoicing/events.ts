import type { InvoiceKind, LateCharge } from "./document"
import type { InvoiceStatus } from "./status"

/**
 * The invoicing context's events: names and payloads, the contract webhooks
 * publish (changing one is a breaking change). Amounts are decimal strings
 * in the document's currency, with its `currency_code`.
 */

/** The facts every event about an issued document carries. */
export type IssuedDocumentFacts = {
  id: string
  number: string
  order_id: string | null
  company_id: string | null
  customer_id: string | null
  currency_code: string
  /** Tax included, as printed on the document. */
  total: string
  issue_date: string
}

/** Emitted once an invoice is issued (numbered, hashed, frozen). Booking, rendering and sending listen to it. */
export const INVOICE_ISSUED = "invoice.issued"
export type InvoiceIssuedPayload = IssuedDocumentFacts

/** Emitted once a credit note is issued against an invoice; listeners of `invoice.issued` listen to it too. */
export const CREDIT_NOTE_ISSUED = "credit_note.issued"
export type CreditNoteIssuedPayload = IssuedDocumentFacts & {
  /** The invoice it corrects. */
  invoice_id: string
  reason: string
}

/**
 * Emitted once a debit note is issued: a late-payment charge (the recovery
 * indemnity or interest) on a late invoice, numbered in the invoice series.
 * Booking, rendering and sending listen to it as they do to `invoice.issued`.
 */
export const DEBIT_NOTE_ISSUED = "debit_note.issued"
export type DebitNoteIssuedPayload = IssuedDocumentFacts & {
  /** The late invoice the charge arises from. */
  invoice_id: string
  charge: LateCharge
  /** What it was issued for (`dunning_claim:<id>`): the same source never issues a second one. */
  source_ref: string
}

/**
 * Internal (not a published contract): emitted once an issued document's
 * PDF and e-invoices are stored: `{ id }`.
 */
export const INVOICE_RENDERED = "invoice.rendered"
export type InvoiceRenderedPayload = { id: string }

/** Emitted once a document is e-mailed to the buyer, with the credit notes that went out with it. */
export const INVOICE_SENT = "invoice.sent"
export type InvoiceSentPayload = {
  id: string
  number: string
  kind: InvoiceKind
  company_id: string | null
  sent_to: string
  /** True when the first delivery came late (see `isSentLate`). */
  sent_late: boolean
  credit_note_ids: string[]
  notification_id: string
}

/**
 * An invoice's status moved (see `invoiceStanding`): why it moved is a
 * payment, its reversal, or a credit note. `paid` and `open` are as of the
 * change. Debit notes are paid like invoices, and their status moves under
 * the same `invoice.*` names (`id` is then the debit note's).
 */
export type InvoiceStatusChangedPayload = {
  id: string
  number: string
  order_id: string | null
  company_id: string | null
  currency_code: string
  total: string
  paid: string
  open: string
  status: InvoiceStatus
  previous_status: InvoiceStatus
}

/** Emitted when an invoice becomes paid in full; the order's on-account payment is captured on it. */
export const INVOICE_PAID = "invoice.paid"
/** Emitted when a payment (or a reversal of another) leaves an invoice partly paid. */
export const INVOICE_PARTIALLY_PAID = "invoice.partially_paid"
/** Emitted when credit notes took all of an invoice back (its status `void`: credited in full). */
export const INVOICE_VOIDED = "invoice.voided"

/** The status events, by the status that triggers each. */
export const INVOICE_STATUS_EVENTS = {
  paid: INVOICE_PAID,
  partially_paid: INVOICE_PARTIALLY_PAID,
  void: INVOICE_VOIDED,
} as const
