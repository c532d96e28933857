import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { moneyString } from "../../../lib/money"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import {
  allocateAmountToInvoices,
  allocateReturnToInvoices,
  lineAmountsLeft,
} from "../../../modules/invoicing/drafting"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { featureEnabled } from "../../../modules/o2c/feature-gate"
import type { DraftCreditNoteInput } from "./draft-credit-note"

// What credit notes an order's event calls for. Each step reads only; run
// under the order's credit lock, between its lock and the credit notes' issue.

/**
 * A received return: the received quantities, on the invoices that charged
 * them (oldest first). Returned goods never invoiced need no credit note.
 */
export const planReturnCreditNotesStep = createStep(
  "plan-return-credit-notes",
  async (input: { order_id: string; return_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "return",
      fields: ["id", "items.item_id", "items.received_quantity"],
      filters: { id: input.return_id },
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
      .creditableInvoicesOf(input.order_id)
    const plan: DraftCreditNoteInput[] = allocateReturnToInvoices(returned, invoices).map((note) => ({
      invoice_id: note.invoice_id,
      lines: note.lines,
      include_shipping: false,
      reason: "Goods returned",
      source_ref: `return:${input.return_id}:${note.invoice_id}`,
    }))
    return new StepResponse(plan)
  }
)

/** A canceled order: each invoice credited in full (each credit note takes what earlier ones left). */
export const planCancellationCreditNotesStep = createStep(
  "plan-cancellation-credit-notes",
  async (input: { order_id: string }, { container }) => {
    // With invoicing switched off no documents are issued; the company's credit is still released.
    const invoices = featureEnabled(container, "invoicing")
      ? await container.resolve<InvoicingModuleService>(INVOICING_MODULE).creditableInvoicesOf(input.order_id)
      : []
    const plan: DraftCreditNoteInput[] = invoices.map((invoice) => ({
      invoice_id: invoice.id,
      reason: "Order canceled",
      source_ref: `cancel:${invoice.id}`,
    }))
    return new StepResponse(plan)
  }
)

type RefundedPayment = {
  id: string
  refunds?: Array<{ id: string; amount: unknown; note?: string | null; created_at: string | Date }>
  payment_collection?: { id: string } | null
}

export type Refund = { order_id: string; refund_id: string; note: string | null }

/** A refunded payment's order and latest refund, or null when it is no order's. */
export const refundOfPaymentStep = createStep(
  "refund-of-payment",
  async (input: { payment_id: string }, { container }) => {
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
      filters: { id: input.payment_id },
    })) as unknown as { data: RefundedPayment[] }
    const latest = [...(payment?.refunds ?? [])].sort(
      (a, b) => +new Date(b.created_at) - +new Date(a.created_at)
    )[0]
    if (!latest || !payment.payment_collection) {
      return new StepResponse<Refund | null>(null)
    }
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection.id },
    })
    const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
    return new StepResponse<Refund | null>(
      orderId ? { order_id: orderId, refund_id: latest.id, note: latest.note ?? null } : null
    )
  }
)

/**
 * A refund is money going back; the credit note is the document behind it.
 * Refunds that pay back credit notes already issued (returns,
 * cancellations, manual ones) need nothing more. What the order's refunds
 * exceed its credit notes by is a refund with no goods back (a gesture, a
 * price correction): it is credited as price reductions on the order's
 * invoices, oldest first.
 */
export const planRefundCreditNotesStep = createStep(
  "plan-refund-credit-notes",
  async (refund: Refund | null, { container }) => {
    if (!refund) return new StepResponse<DraftCreditNoteInput[]>([])
    const {
      data: [order],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "currency_code", "payment_collections.payments.refunds.amount"],
      filters: { id: refund.order_id },
    })
    const refunded = ((order as any).payment_collections ?? [])
      .flatMap((c: any) => c.payments ?? [])
      .flatMap((p: any) => p.refunds ?? [])
      .reduce((acc: any, r: any) => MathBN.add(acc, r.amount), MathBN.convert(0))
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const creditNotes = await invoicing.listInvoices(
      { order_id: refund.order_id, kind: "credit_note", status: { $ne: "draft" } },
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
      return new StepResponse<DraftCreditNoteInput[]>([])
    }
    const invoices = (await invoicing.creditableInvoicesOf(refund.order_id)).map((invoice) => ({
      id: invoice.id,
      left: lineAmountsLeft(invoice.lines, invoice.credited).reduce(
        (acc, l) => MathBN.add(acc, l),
        MathBN.convert(0)
      ),
    }))
    const { credits, unallocated } = allocateAmountToInvoices(excess, invoices)
    if (MathBN.gt(unallocated, 0)) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Order ${refund.order_id}: ${unallocated} refunded beyond what its invoices can credit (not invoiced yet?)`
        )
    }
    const note = refund.note?.trim()
    return new StepResponse<DraftCreditNoteInput[]>(
      credits.map((credit) => ({
        invoice_id: credit.invoice_id,
        refund_amount: credit.amount,
        reason: note ? `Refund: ${note}` : "Refund",
        source_ref: `refund:${refund.refund_id}:${credit.invoice_id}`,
      }))
    )
  }
)
