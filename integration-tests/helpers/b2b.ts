import type { Headers } from "./admin"

/** Retries an assertion until it passes: for effects of asynchronous subscribers. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > deadline) throw e
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/** A French billing address, for companies whose invoices need the buyer's address. */
export const COMPANY_BILLING_ADDRESS = {
  address_1: "3 rue des Forges",
  postal_code: "42000",
  city: "Saint-Étienne",
  country_code: "fr",
}

/** Creates a company through the admin API (EUR, Net 30 unless told otherwise). */
export async function createCompany(api: any, admin: Headers, data: Record<string, unknown> = {}) {
  const { data: body } = await api.post(
    "/admin/companies",
    {
      name: "Atelier Martin",
      legal_name: "Atelier Martin SARL",
      vat_number: "FR40529876542",
      registration_id: "529876542",
      billing_email: "compta@atelier-martin.fr",
      currency_code: "eur",
      credit_limit: 5000,
      ...data,
    },
    admin
  )
  return body.company
}

/** Creates a company from `data` expecting a 400 whose message contains `message`, and no company written. */
export async function expectCompanyRefused(
  api: any,
  admin: Headers,
  data: Record<string, unknown>,
  message: string
) {
  const res = await settle(createCompany(api, admin, data))
  expect(res.status).toBe(400)
  expect(res.data.message).toContain(message)
  const { data: list } = await api.get("/admin/companies", admin)
  expect(list.count).toBe(0)
}

export async function addBuyer(api: any, admin: Headers, companyId: string, customerId: string, role = "buyer") {
  const { data } = await api.post(`/admin/companies/${companyId}/buyers`, { customer_id: customerId, role }, admin)
  return data.company
}

/** The response of an HTTP call whatever its status, for asserting refusals. */
export function settle(request: Promise<any>): Promise<{ status: number; data: any }> {
  return request.then(
    (r) => ({ status: r.status, data: r.data }),
    (e) => {
      if (!e.response) throw e
      return { status: e.response.status, data: e.response.data }
    }
  )
}
