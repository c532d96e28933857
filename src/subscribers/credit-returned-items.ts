import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { creditReturnedItemsWorkflow } from "../workflows/invoicing/credit-returned-items"

/** Received returns are credited on the invoices that charged them. */
export default async function creditReturnedItems({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  if (!featureEnabled(container, "invoicing")) return
  await creditReturnedItemsWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: "order.return_received" }
