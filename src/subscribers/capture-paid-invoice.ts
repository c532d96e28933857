import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../modules/receivables"
import { INVOICE_PAID } from "../modules/receivables/events"
import type ReceivablesModuleService from "../modules/receivables/service"
import { ON_ACCOUNT_PROVIDER_ID } from "../providers/on-account"

/**
 * An invoice paid in full captures its part of the order's on-account
 * payment, so that Medusa's own order view shows what the buyer paid: what
 * the invoice asked less what credit notes took back, never more than is
 * left to capture, and once per invoice. Captures of one order run one at a
 * time.
 */
export default async function capturePaidInvoice({ event, container }: SubscriberArgs<{ id: string }>) {
  const [invoice] = await container
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoices({ id: event.data.id, kind: "invoice" }, { select: ["id", "order_id", "number"] })
  if (!invoice?.order_id) return
  const orderId = invoice.order_id
  await container.resolve(Modules.LOCKING).execute(
    `o2c:receivables:capture:${orderId}`,
    async () => {
      const balance = (
        await container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).documentBalances([invoice.id])
      ).get(invoice.id)
      if (!balance) return
      const owed = MathBN.sub(balance.amount, balance.settled_by.credit_note ?? 0)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: [
          "payment_collections.payments.id",
          "payment_collections.payments.amount",
          "payment_collections.payments.provider_id",
          "payment_collections.payments.canceled_at",
          "payment_collections.payments.captures.amount",
          "payment_collections.payments.captures.created_by",
        ],
        filters: { id: orderId },
      })
      const payment = (data[0]?.payment_collections ?? [])
        .flatMap((c: any) => c?.payments ?? [])
        .find((p: any) => p?.provider_id === ON_ACCOUNT_PROVIDER_ID && !p.canceled_at)
      const capturedBy = `invoice:${invoice.number}`
      // Once per invoice, even if it is paid again after a reversal or the event comes twice.
      if (!payment || payment.captures?.some((c: any) => c?.created_by === capturedBy)) return
      const captured = MathBN.add(0, ...(payment.captures ?? []).map((c: any) => c.amount))
      const amount = MathBN.min(owed, MathBN.sub(payment.amount, captured))
      if (!MathBN.gt(amount, 0)) return
      await capturePaymentWorkflow(container).run({
        input: { payment_id: payment.id, amount: amount.toFixed(), captured_by: capturedBy },
      })
    },
    { timeout: 60 }
  )
}

export const config: SubscriberConfig = { event: INVOICE_PAID }
