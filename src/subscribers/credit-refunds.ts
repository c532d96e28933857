import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { creditRefundWorkflow } from "../workflows/invoicing/credit-refund"

/** A refund with no goods back is credited on the order's invoices. */
export default async function creditRefunds({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!featureEnabled(container, "invoicing")) return
  await creditRefundWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
