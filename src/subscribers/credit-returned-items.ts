import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../modules/invoicing"
import { allocateReturnToInvoices } from "../modules/invoicing/drafting"
import type InvoicingModuleService from "../modules/invoicing/service"
import { withOrderCreditLock } from "../workflows/invoicing/order-credit-lock"
import { issueCreditNoteWorkflow } from "../workflows/invoicing/issue-credit-note"

/**
 * Received returns are credited: the received quantities, on the invoices
 * that charged them (oldest first). Returned goods never invoiced need no
 * credit note. A redelivered event finds its credit notes by source.
 */
export default async function creditReturnedItems({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const { order_id: orderId, return_id: returnId } = event.data
  await withOrderCreditLock(container, orderId, async () => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "return",
      fields: ["id", "items.item_id", "items.received_quantity"],
      filters: { id: returnId },
    })
    const returned = new Map<string, number>()
    for (const item of ((data[0] as any)?.items ?? []) as Array<{
      item_id: string
      received_quantity: unknown
    }>) {
      returned.set(item.item_id, (returned.get(item.item_id) ?? 0) + Number(item.received_quantity ?? 0))
    }
    const invoices = await container
      .resolve<InvoicingModuleService>(INVOICING_MODULE)
      .creditableInvoicesOf(orderId)
    for (const note of allocateReturnToInvoices(returned, invoices)) {
      await issueCreditNoteWorkflow(container).run({
        input: {
          invoice_id: note.invoice_id,
          lines: note.lines,
          include_shipping: false,
          reason: "Goods returned",
          source_ref: `return:${returnId}:${note.invoice_id}`,
        },
      })
    }
  })
}

export const config: SubscriberConfig = { event: "order.return_received" }
