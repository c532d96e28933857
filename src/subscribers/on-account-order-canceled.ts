import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderCreditWorkflow } from "../workflows/company/release-order-credit"

export default async function onAccountOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await releaseOrderCreditWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
