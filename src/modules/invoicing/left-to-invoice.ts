/** What an order's earlier invoices took: units per order line, and whether the shipping charge is on one. */
export type InvoicedSoFar = { quantities: Map<string, number>; shipping: boolean }

type EarlierInvoice = { lines: unknown; shipping: unknown }

/** Sums what an order's issued invoices took, line by line. */
export function invoicedSoFar(invoices: EarlierInvoice[]): InvoicedSoFar {
  const quantities = new Map<string, number>()
  for (const line of invoices.flatMap(
    (i) => (i.lines as Array<{ order_line_item_id: string; quantity: number }>) ?? []
  )) {
    quantities.set(line.order_line_item_id, (quantities.get(line.order_line_item_id) ?? 0) + line.quantity)
  }
  const shipping = invoices.some((i) => ((i.shipping as unknown[]) ?? []).length > 0)
  return { quantities, shipping }
}

export type OrderToInvoice = {
  display_id: number | string
  canceled: boolean
  items: Array<{ id: string; quantity: number }>
  /** How many shipping methods the order has (each is a charge on its first invoice). */
  shipping_methods: number
}

/**
 * Why an order has nothing left to invoice, as a sentence for the merchant,
 * or null when an invoice now would carry something: units no invoice took
 * yet, or the shipping charge.
 */
export function nothingLeftToInvoice(
  order: OrderToInvoice,
  invoices: Array<EarlierInvoice & { number: string | null }>
): string | null {
  if (order.canceled) {
    return `Order #${order.display_id} is canceled: there is nothing to invoice`
  }
  const taken = invoicedSoFar(invoices)
  const unitsLeft = order.items.some((item) => item.quantity > (taken.quantities.get(item.id) ?? 0))
  const shippingLeft = order.shipping_methods > 0 && !taken.shipping
  if (unitsLeft || shippingLeft) {
    return null
  }
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0)
  const numbers = invoices.map((i) => i.number).filter((n): n is string => !!n)
  if (!numbers.length) {
    return `Order #${order.display_id} has nothing to invoice: it has no items and no shipping`
  }
  return `Order #${order.display_id} has nothing left to invoice: its ${units} unit${units === 1 ? "" : "s"}${
    order.shipping_methods > 0 ? " and its shipping" : ""
  } are on ${numbers.join(", ")}`
}
