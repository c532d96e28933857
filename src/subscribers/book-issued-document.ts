import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CREDIT_NOTE_ISSUED, DEBIT_NOTE_ISSUED, INVOICE_ISSUED } from "../modules/invoicing/events"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { bookDocumentWorkflow } from "../workflows/receivables/book-document"

/** An issued invoice, credit note or debit note of an on-account order enters the receivables ledger. */
export default async function bookIssuedDocument({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!featureEnabled(container, "receivables")) return
  await bookDocumentWorkflow(container).run({ input: { document_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [INVOICE_ISSUED, CREDIT_NOTE_ISSUED, DEBIT_NOTE_ISSUED] }
