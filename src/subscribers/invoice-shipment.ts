import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { invoiceShipmentWorkflow } from "../workflows/invoicing/invoice-shipment"

/** When orders are invoiced on shipment (the default), each shipment invoices what it carried. */
export default async function invoiceShipment({ event, container }: SubscriberArgs<{ id: string }>) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  if (!invoicing.enabled || invoicing.options.invoicing.trigger !== "shipment") return
  await invoiceShipmentWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "shipment.created" }
