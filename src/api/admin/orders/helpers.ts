import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import { ORDER_INVOICING_FIELDS } from "../../../modules/invoicing/from-order"
import { nothingLeftToInvoice } from "../../../modules/invoicing/left-to-invoice"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { ON_ACCOUNT_PROVIDER_ID } from "../../../providers/on-account"

type OrderForInvoicing = {
  id: string
  display_id: number
  canceled_at: string | Date | null
  items: Array<{ id: string; quantity: unknown }>
  shipping_methods: Array<{ id: string }>
  payment_collections?: Array<{
    payments?: Array<{ provider_id: string; canceled_at: unknown } | null>
  } | null>
}

/**
 * A payment provider as a person names it. Medusa's order page prints the
 * raw provider id ("pp_on-account_on-account"); the plugin's own method has
 * its own words, other providers their name ("pp_stripe_stripe": "Stripe").
 */
export function paymentMethodLabel(providerId: string): string {
  if (providerId === ON_ACCOUNT_PROVIDER_ID) {
    return "Pay on account"
  }
  const [, name] = providerId.split("_")
  return (name ?? providerId)
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ")
}

/**
 * An order as invoicing sees it: its issued invoices, why nothing is left
 * to invoice (null when something is), and how it was paid. 404 when the
 * order does not exist.
 */
export async function orderInvoicing(scope: MedusaContainer, orderId: string) {
  const {
    data: [order],
  } = (await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // The fields the invoice drafting reads: asked alone, an item's quantity comes back empty.
    fields: [
      ...ORDER_INVOICING_FIELDS,
      "canceled_at",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })) as unknown as { data: OrderForInvoicing[] }
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  }
  const invoices = await scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoices(
      { order_id: orderId, kind: "invoice", status: { $ne: "draft" } },
      { select: ["id", "number", "lines", "shipping"], order: { sequence_number: "ASC" } }
    )
  const reason = nothingLeftToInvoice(
    {
      display_id: order.display_id,
      canceled: !!order.canceled_at,
      items: (order.items ?? []).map((item) => ({
        id: item.id,
        quantity: MathBN.convert(item.quantity as BigNumberInput).toNumber(),
      })),
      shipping_methods: (order.shipping_methods ?? []).length,
    },
    invoices
  )
  const providers = new Set(
    (order.payment_collections ?? [])
      .flatMap((collection) => collection?.payments ?? [])
      .flatMap((payment) => (payment && !payment.canceled_at ? [payment.provider_id] : []))
  )
  return {
    order,
    invoice_ids: invoices.map((i) => i.id),
    left_to_invoice: reason === null,
    nothing_left_reason: reason,
    payment_methods: [...providers].map((provider_id) => ({
      provider_id,
      label: paymentMethodLabel(provider_id),
    })),
  }
}
