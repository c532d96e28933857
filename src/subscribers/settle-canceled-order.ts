import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { settleCanceledOrderWorkflow } from "../workflows/invoicing/settle-canceled-order"

/** A canceled order is credited in full and releases its company's credit. */
export default async function settleCanceledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await settleCanceledOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
