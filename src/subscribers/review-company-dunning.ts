import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DunningEvents } from "../modules/dunning/events"
import { INVOICE_PAID, INVOICE_PARTIALLY_PAID, INVOICE_VOIDED } from "../modules/invoicing/events"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { PAYMENT_ALLOCATED, PAYMENT_RECORDED, PAYMENT_REVERSED } from "../modules/receivables/events"
import { reviewCompanyDunningWorkflow } from "../workflows/dunning/review-company-dunning"

/** Cash, credit notes and resolved disputes change what is chased: promises kept, automatic holds lifted, at once. */
export default async function reviewCompanyDunning({
  event,
  container,
}: SubscriberArgs<{ company_id: string | null }>) {
  if (!featureEnabled(container, "dunning") || !event.data.company_id) return
  await reviewCompanyDunningWorkflow(container).run({ input: { company_id: event.data.company_id } })
}

export const config: SubscriberConfig = {
  event: [
    PAYMENT_RECORDED,
    PAYMENT_ALLOCATED,
    PAYMENT_REVERSED,
    INVOICE_PAID,
    INVOICE_PARTIALLY_PAID,
    INVOICE_VOIDED,
    DunningEvents.DISPUTE_RESOLVED,
  ],
}
