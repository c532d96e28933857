import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { confirmOnAccountOrderWorkflow } from "../workflows/company/confirm-on-account-order"

export default async function onAccountOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmOnAccountOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
