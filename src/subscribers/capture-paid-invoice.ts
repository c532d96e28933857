import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { INVOICE_PAID, type InvoiceStatusChangedPayload } from "../modules/invoicing/events"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { capturePaidInvoiceWorkflow } from "../workflows/receivables/capture-paid-invoice"

/** An invoice paid in full captures its part of the order's on-account payment. */
export default async function capturePaidInvoice({
  event,
  container,
}: SubscriberArgs<InvoiceStatusChangedPayload>) {
  if (!featureEnabled(container, "receivables")) return
  await capturePaidInvoiceWorkflow(container).run({ input: { invoice_id: event.data.id } })
}

export const config: SubscriberConfig = { event: INVOICE_PAID }
