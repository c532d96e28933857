import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { releaseOrderCreditWorkflow } from "../workflows/company/release-order-credit"
import { withOrderCreditLock } from "../workflows/invoicing/order-credit-lock"
import { issueCreditNoteWorkflow } from "../workflows/invoicing/issue-credit-note"

/**
 * A canceled order is credited in full, invoice by invoice (each credit note
 * takes what earlier ones left), then whatever it still held of its
 * company's credit is released.
 */
export default async function settleCanceledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = event.data.id
  await withOrderCreditLock(container, orderId, async () => {
    const invoices = await container
      .resolve<InvoicingModuleService>(INVOICING_MODULE)
      .creditableInvoicesOf(orderId)
    for (const invoice of invoices) {
      await issueCreditNoteWorkflow(container).run({
        input: { invoice_id: invoice.id, reason: "Order canceled", source_ref: `cancel:${invoice.id}` },
      })
    }
    await releaseOrderCreditWorkflow(container).run({ input: { order_id: orderId } })
  })
}

export const config: SubscriberConfig = { event: "order.canceled" }
