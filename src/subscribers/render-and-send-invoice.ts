import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CREDIT_NOTE_ISSUED, DEBIT_NOTE_ISSUED, INVOICE_ISSUED } from "../modules/invoicing/events"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { renderAndSendInvoiceWorkflow } from "../workflows/invoicing/render-and-send-invoice"

/** A newly issued invoice, credit note or debit note gets its PDF and e-invoices, then goes to the buyer's billing email. */
export default async function renderAndSendInvoice({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!featureEnabled(container, "invoicing")) return
  await renderAndSendInvoiceWorkflow(container).run({ input: { document_id: event.data.id } })
}

export const config: SubscriberConfig = { event: [INVOICE_ISSUED, CREDIT_NOTE_ISSUED, DEBIT_NOTE_ISSUED] }
