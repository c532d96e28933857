import type { Headers } from "./admin"

export type StoreCustomer = Headers & { customer: { id: string; email: string } }

/** Publishable-key headers for anonymous store requests. */
export function storeHeaders(publishableKey: string): Headers {
  return { headers: { "x-publishable-api-key": publishableKey } }
}

/**
 * Registers a customer the way a storefront does (auth identity, customer,
 * login) and returns headers carrying both the publishable key and the
 * customer's token.
 */
export async function registerCustomer(
  api: any,
  publishableKey: string,
  { email, password = "buyer-password", first_name = "Test", last_name = "Buyer" }: {
    email: string
    password?: string
    first_name?: string
    last_name?: string
  }
): Promise<StoreCustomer> {
  const key = storeHeaders(publishableKey)
  const registration = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name, last_name },
    { headers: { ...key.headers, authorization: `Bearer ${registration.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer: data.customer,
    headers: { ...key.headers, authorization: `Bearer ${login.data.token}` },
  }
}
