import type { Headers } from "./admin"

export const TEST_ADDRESS = {
  first_name: "Claire",
  last_name: "Martin",
  company: "Atelier Martin SARL",
  address_1: "8 avenue Jean Jaurès",
  city: "Lyon",
  postal_code: "69007",
  country_code: "fr",
  phone: "+33 4 72 00 00 00",
}

export type CartLine = { variant_id: string; quantity: number }

/** Builds a cart through the store API: lines, addresses, the cheapest shipping option. */
export async function buildCart(
  api: any,
  buyer: Headers,
  { regionId, lines, email }: { regionId: string; lines: CartLine[]; email?: string }
) {
  const { data: created } = await api.post(
    "/store/carts",
    {
      region_id: regionId,
      items: lines,
      ...(email ? { email } : {}),
      shipping_address: TEST_ADDRESS,
      billing_address: TEST_ADDRESS,
    },
    buyer
  )
  const cartId = created.cart.id
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, buyer)
  const [cheapest] = [...options.shipping_options].sort((a, b) => a.amount - b.amount)
  if (!cheapest) {
    throw new Error("no shipping option is offered for this cart")
  }
  const { data } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: cheapest.id }, buyer)
  return data.cart
}

/** Chooses how to pay a cart: a payment collection and a session with the provider. */
export async function choosePayment(api: any, buyer: Headers, cartId: string, providerId = "pp_system_default") {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    buyer
  )
}

/**
 * Pays a cart with the given payment provider (Medusa's system provider by
 * default) and completes it; returns the response body, an order or an error.
 */
export async function completeCart(api: any, buyer: Headers, cartId: string, providerId = "pp_system_default") {
  await choosePayment(api, buyer, cartId, providerId)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, buyer)
  return data
}

/** The whole checkout in one call: cart, shipping, payment, completion. */
export async function placeOrder(
  api: any,
  buyer: Headers,
  input: { regionId: string; lines: CartLine[]; email?: string }
) {
  const cart = await buildCart(api, buyer, input)
  const result = await completeCart(api, buyer, cart.id)
  if (result.type !== "order") {
    throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(result.error ?? result)}`)
  }
  return result.order
}
