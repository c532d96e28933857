import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { moneyString } from "../lib/money"
import { INVOICING_MODULE } from "../modules/invoicing"
import { allocateAmountToInvoices, lineAmountsLeft } from "../modules/invoicing/drafting"
import type InvoicingModuleService from "../modules/invoicing/service"
import { withOrderCreditLock } from "../workflows/invoicing/order-credit-lock"
import { issueCreditNoteWorkflow } from "../workflows/invoicing/issue-credit-note"

type RefundedPayment = {
  id: string
  refunds?: Array<{ id: string; amount: unknown; note?: string | null; created_at: string | Date }>
  payment_collection?: { id: string } | null
}

/**
 * A refund is money going back; the credit note is the document behind it.
 * Refunds that pay back credit notes already issued (returns,
 * cancellations, manual ones) need nothing more. What the order's refunds
 * exceed its credit notes by is a refund with no goods back (a gesture, a
 * price correction): it is credited as price reductions on the order's
 * invoices, oldest first.
 */
export default async function creditRefunds({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = (await query.graph({
    entity: "payment",
    fields: [
      "id",
      "refunds.id",
      "refunds.amount",
      "refunds.note",
      "refunds.created_at",
      "payment_collection.id",
    ],
    filters: { id: event.data.id },
  })) as unknown as { data: RefundedPayment[] }
  const latest = [...(payment?.refunds ?? [])].sort(
    (a, b) => +new Date(b.created_at) - +new Date(a.created_at)
  )[0]
  if (!latest || !payment.payment_collection) {
    return
  }
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payment.payment_collection.id },
  })
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  if (!orderId) {
    return
  }
  await withOrderCreditLock(container, orderId, async () => {
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "currency_code", "payment_collections.payments.refunds.amount"],
      filters: { id: orderId },
    })
    const refunded = ((order as any).payment_collections ?? [])
      .flatMap((c: any) => c.payments ?? [])
      .flatMap((p: any) => p.refunds ?? [])
      .reduce((acc: any, r: any) => MathBN.add(acc, r.amount), MathBN.convert(0))

    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const creditNotes = await invoicing.listInvoices(
      { order_id: orderId, kind: "credit_note", status: { $ne: "draft" } },
      { select: ["total"] }
    )
    const creditedTotal = creditNotes.reduce(
      (acc, d) => MathBN.add(acc, d.total as unknown as number),
      MathBN.convert(0)
    )
    const excess = MathBN.sub(
      moneyString(refunded, order.currency_code),
      moneyString(creditedTotal, order.currency_code)
    )
    if (!MathBN.gt(excess, 0)) {
      return
    }
    const invoices = (await invoicing.creditableInvoicesOf(orderId)).map((invoice) => ({
      id: invoice.id,
      left: lineAmountsLeft(invoice.lines, invoice.credited).reduce(
        (acc, l) => MathBN.add(acc, l),
        MathBN.convert(0)
      ),
    }))
    const { credits, unallocated } = allocateAmountToInvoices(excess, invoices)
    for (const credit of credits) {
      await issueCreditNoteWorkflow(container).run({
        input: {
          invoice_id: credit.invoice_id,
          refund_amount: credit.amount,
          reason: latest.note?.trim() ? `Refund: ${latest.note.trim()}` : "Refund",
          source_ref: `refund:${latest.id}:${credit.invoice_id}`,
        },
      })
    }
    if (MathBN.gt(unallocated, 0)) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Order ${orderId}: ${unallocated} refunded beyond what its invoices can credit (not invoiced yet?)`
        )
    }
  })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
