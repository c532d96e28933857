import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { issueOrderInvoiceWorkflow } from "../workflows/invoicing/issue-order-invoice"

/** When orders are invoiced on shipment (the default), each shipment invoices what it carried. */
export default async function invoiceShipment({ event, container }: SubscriberArgs<{ id: string }>) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  if (!invoicing.enabled || invoicing.options.invoicing.trigger !== "shipment") {
    return
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["id", "order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as { order?: { id: string } } | undefined)?.order?.id
  if (!orderId) {
    // A fulfillment of something other than an order (none in core Medusa today).
    return
  }
  await issueOrderInvoiceWorkflow(container).run({
    input: { order_id: orderId, fulfillment_id: event.data.id },
  })
}

export const config: SubscriberConfig = { event: "shipment.created" }
