import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { INVOICE_ISSUED } from "../modules/invoicing/events"
import { renderAndSend } from "../workflows/invoicing/render-and-send"

/** A newly issued document gets its PDF and e-invoices, then goes to the buyer's billing email. */
export default async function renderAndSendInvoice({ event, container }: SubscriberArgs<{ id: string }>) {
  await renderAndSend(container, event.data.id)
}

export const config: SubscriberConfig = { event: INVOICE_ISSUED }
