import { exactAmount, moneyString } from "../../lib/money"
import type { DocumentLine } from "../../modules/invoicing/document"
import {
  CREDIT_NOTE_ISSUED,
  type CreditNoteIssuedPayload,
  DEBIT_NOTE_ISSUED,
  type DebitNoteIssuedPayload,
  INVOICE_ISSUED,
  INVOICE_STATUS_EVENTS,
  type InvoiceIssuedPayload,
  type InvoiceStatusChangedPayload,
  type IssuedDocumentFacts,
} from "../../modules/invoicing/events"
import type { EventMessage } from "../common/emit-events"

type IssuedDocument = {
  id: string
  kind: string
  number: string | null
  order_id: string | null
  company_id: string | null
  customer_id: string | null
  currency_code: string
  issue_date: string | null
  corrects_invoice_id?: string | null
  reason?: string | null
  source_ref?: string | null
  lines?: unknown
}

function issuedFacts(document: IssuedDocument): IssuedDocumentFacts {
  return {
    id: document.id,
    number: document.number!,
    order_id: document.order_id,
    company_id: document.company_id,
    customer_id: document.customer_id,
    currency_code: document.currency_code,
    total: moneyString(exactAmount(document, "total"), document.currency_code),
    issue_date: document.issue_date!,
  }
}

/** `invoice.issued`, `credit_note.issued` or `debit_note.issued`, by the document's kind, with its facts. */
export function documentIssuedEvent(document: IssuedDocument): EventMessage {
  if (document.kind === "debit_note") {
    const data: DebitNoteIssuedPayload = {
      ...issuedFacts(document),
      invoice_id: document.corrects_invoice_id!,
      charge: (document.lines as DocumentLine[])[0].charge!,
      source_ref: document.source_ref!,
    }
    return { name: DEBIT_NOTE_ISSUED, data }
  }
  if (document.kind !== "credit_note") {
    const data: InvoiceIssuedPayload = issuedFacts(document)
    return { name: INVOICE_ISSUED, data }
  }
  const data: CreditNoteIssuedPayload = {
    ...issuedFacts(document),
    invoice_id: document.corrects_invoice_id!,
    reason: document.reason ?? "",
  }
  return { name: CREDIT_NOTE_ISSUED, data }
}

/** `invoice.paid`, `invoice.partially_paid`, `invoice.voided` for the invoices whose status just moved there. */
export function invoiceStatusEvents(changes: InvoiceStatusChangedPayload[]): EventMessage[] {
  return changes.flatMap((change) => {
    const name = INVOICE_STATUS_EVENTS[change.status as keyof typeof INVOICE_STATUS_EVENTS]
    return name ? [{ name, data: change }] : []
  })
}
