import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { confirmOnAccountOrderWorkflow } from "../workflows/company/confirm-on-account-order"
import { issueOrderInvoiceWorkflow } from "../workflows/invoicing/issue-order-invoice"

/**
 * An on-account order's credit reservation becomes its commitment; then,
 * when orders are invoiced as soon as placed, the order is invoiced. In this
 * order, so the invoice finds the payment term the order was placed under.
 */
export default async function confirmPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmOnAccountOrderWorkflow(container).run({ input: { order_id: event.data.id } })
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  if (invoicing.enabled && invoicing.options.invoicing.trigger === "order_placed") {
    await issueOrderInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
