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
