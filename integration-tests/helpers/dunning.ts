import type { MedusaContainer } from "@medusajs/framework/types"
import { addDays, calendarDateInZone } from "../../src/lib/time"
import { seedDunning } from "../../src/scripts/seed/dunning"
import { seedInvoiceHistory } from "../../src/scripts/seed/invoicing"
import { addBuyer, createCompany } from "./b2b"
import { setUpSuite, useSeededStore } from "./seeded-store"
import { registerCustomer, type StoreCustomer } from "./store"

export const today = calendarDateInZone(new Date(), "UTC")
export const day = (offset: number) => addDays(today, offset)

type DunnedCompany = { id: string; email: string; buyer: StoreCustomer; invoices: string[] }

/**
 * Two companies with a history to chase, seeded once per spec (the runner
 * restores this state before each test): the demo policies and rates (plus
 * the half-years the seed leaves to the admin), Chaudronnerie Dubois (French)
 * with four net-30 invoices issued 90, 50 (half paid 30 days ago), 40 and 30
 * days ago, and Garage Leroy (English) with one issued 45 days ago and a
 * transfer of 1,000.00 EUR received 5 days ago, not matched yet.
 */
export function useDunningFixture(api: any, getContainer: () => MedusaContainer) {
  const seeded = useSeededStore(api, getContainer, { sellerIdentity: true })
  const dubois = { invoices: [] } as unknown as DunnedCompany
  const leroy = { invoices: [] } as unknown as DunnedCompany
  setUpSuite(async () => {
    const { store, admin, terms } = seeded
    const container = getContainer()
    await seedDunning(container)
    for (const starts_on of ["2026-07-01", "2027-01-01"]) {
      await api.post(
        "/admin/dunning-rates",
        { starts_on, ecb_refinancing_rate: "2.15", legal_interest_rate: "2.62" },
        admin
      )
    }
    const make = async (target: DunnedCompany, name: string, siren: string, language: string) => {
      const slug = name.toLowerCase().replace(/ /g, "-")
      const company = await createCompany(api, admin, {
        name,
        legal_name: `${name} SAS`,
        registration_id: siren,
        vat_number: null,
        billing_email: `compta@${slug}.example`,
        language,
        payment_term_id: terms.net_30,
        credit_limit: 100000,
      })
      const buyer = await registerCustomer(api, store.publishableKey, { email: `achats@${slug}.example` })
      await addBuyer(api, admin, company.id, buyer.customer.id)
      Object.assign(target, { id: company.id, email: company.billing_email, buyer })
    }
    await make(dubois, "Chaudronnerie Dubois", "732829320", "fr")
    await make(leroy, "Garage Leroy", "552100554", "en")
    const line = [{ sku: "TOOL-CD18-KIT", quantity: 1 }]
    const d = dubois.buyer.customer
    const issued = await seedInvoiceHistory(
      container,
      store,
      [
        { customer: d, daysAgo: 90, lines: line },
        { customer: d, daysAgo: 50, lines: line, payment: { daysAgo: 30, part: "half" } },
        { customer: d, daysAgo: 40, lines: line },
        { customer: d, daysAgo: 30, lines: line },
        { customer: leroy.buyer.customer, daysAgo: 45, lines: line },
      ],
      [{ customer: leroy.buyer.customer, daysAgo: 5, amount: "1000.00", reference: "VIR GARAGE LEROY" }]
    )
    // Issued in date order: Dubois 90, 50 days ago, Leroy 45, Dubois 40, 30.
    dubois.invoices.push(issued[0], issued[1], issued[3], issued[4])
    leroy.invoices.push(issued[2])
  })
  const admin = seeded.admin
  return {
    ...seeded,
    dubois,
    leroy,
    run: (as_of: string, extra: Record<string, unknown> = {}) =>
      api.post("/admin/dunning-runs", { as_of, ...extra }, admin),
    reminders: async (query = "") =>
      (await api.get(`/admin/dunning-reminders?limit=200${query}`, admin)).data,
  }
}
