import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import type { Headers } from "./admin"
import { eventually } from "./b2b"
import { buildCart, choosePayment } from "./checkout"
import { documentsOf } from "./invoicing"

/**
 * Places an on-account order for `who` and waits until its invoice is issued
 * and booked in the ledger (the store invoices on placement:
 * O2C_INVOICE_TRIGGER=order_placed). Returns the order and the invoice as
 * the admin API shows it, with its receivable.
 */
export async function invoicedOrder(
  api: any,
  admin: Headers,
  who: Headers,
  cart: { regionId: string; lines: Array<{ variant_id: string; quantity: number }> }
) {
  const built = await buildCart(api, who, cart)
  await choosePayment(api, who, built.id, ON_ACCOUNT_PROVIDER_ID)
  const { data } = await api.post(`/store/carts/${built.id}/complete`, {}, who)
  if (data.type !== "order") {
    throw new Error(`the cart was not completed: ${JSON.stringify(data.error ?? data)}`)
  }
  const [invoice] = await documentsOf(api, admin, data.order.id)
  const booked = await eventually(async () => {
    const { data: read } = await api.get(`/admin/invoices/${invoice.id}`, admin)
    expect(read.invoice.receivable).not.toBeNull()
    return read.invoice
  })
  return { order: data.order, invoice: booked }
}
