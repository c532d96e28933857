import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { exactAmount, moneyString } from "../../lib/money"
import {
  CREDIT_NOTE_ISSUED,
  type CreditNoteIssuedPayload,
  INVOICE_ISSUED,
  INVOICE_STATUS_EVENTS,
  type InvoiceIssuedPayload,
  type InvoiceStatusChangedPayload,
  type IssuedDocumentFacts,
} from "../../modules/invoicing/events"

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

/** `invoice.issued` or `credit_note.issued`, by the document's kind, with its facts. */
export function emitDocumentIssued(document: WorkflowData<IssuedDocument>) {
  const invoice = transform({ document }, ({ document }): InvoiceIssuedPayload[] =>
    document.kind === "invoice" ? [issuedFacts(document)] : []
  )
  const creditNote = transform({ document }, ({ document }): CreditNoteIssuedPayload[] =>
    document.kind === "credit_note"
      ? [
          {
            ...issuedFacts(document),
            invoice_id: document.corrects_invoice_id!,
            reason: document.reason ?? "",
          },
        ]
      : []
  )
  // An empty list emits nothing: one of the two goes out.
  emitEventStep({ eventName: INVOICE_ISSUED, data: invoice }).config({ name: "emit-invoice-issued" })
  emitEventStep({ eventName: CREDIT_NOTE_ISSUED, data: creditNote }).config({
    name: "emit-credit-note-issued",
  })
}

/** `invoice.paid`, `invoice.partially_paid`, `invoice.voided` for the invoices whose status just moved there. */
export function emitInvoiceStatusEvents(changes: WorkflowData<InvoiceStatusChangedPayload[]>) {
  for (const [status, eventName] of Object.entries(INVOICE_STATUS_EVENTS)) {
    const data = transform({ changes }, ({ changes }) => changes.filter((c) => c.status === status))
    emitEventStep({ eventName, data }).config({ name: `emit-invoice-${status}` })
  }
}
