import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import { INVOICE_ISSUED } from "../../src/modules/invoicing/events"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../src/modules/receivables"
import type ReceivablesModuleService from "../../src/modules/receivables/service"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { addBuyer, createCompany, eventually, settle } from "../helpers/b2b"
import { buildCart, choosePayment } from "../helpers/checkout"
import { type EventRecorder, recordEvents } from "../helpers/events"
import { setUpSuite, useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// This store switched invoicing off (and with it receivables, which books
// invoices); were it on, orders would be invoiced as soon as they are placed.
process.env.O2C_FEATURES_OFF = "invoicing"
process.env.O2C_INVOICE_TRIGGER = "order_placed"

const INVOICING_OFF =
  "Invoicing is switched off in this store's order-to-cash plugin options (features.invoicing: false)."
const RECEIVABLES_OFF =
  "Receivables is switched off because invoicing is (features.invoicing: false): the ledger books the invoices invoicing issues."

const DUNNING_OFF =
  "Dunning is switched off because invoicing is (features.invoicing: false): dunning chases what the ledger says is open."

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })
    let buyer: StoreCustomer
    let companyId: string
    let events: EventRecorder

    setUpSuite(setUp)

    afterAll(() => events?.stop())

    async function setUp() {
      const company = await createCompany(api, admin, {
        payment_term_id: terms.net_30,
        credit_limit: 100_000,
      })
      companyId = company.id
      buyer = await registerCustomer(api, store.publishableKey, { email: "buyer@toggles.example" })
      await addBuyer(api, admin, companyId, buyer.customer.id, "admin")
      events = recordEvents(getContainer())
    }

    it("reports invoicing and receivables switched off, the core on", async () => {
      const { data } = await api.get("/admin/o2c/status", admin)
      expect(data.status.features).toMatchObject({
        companies: true,
        credit: true,
        payment_terms: true,
        invoicing: false,
        receivables: false,
        dunning: false,
      })
    })

    it.each([
      ["GET", "/admin/invoices", INVOICING_OFF],
      ["GET", "/admin/invoices/inv_unknown", INVOICING_OFF],
      ["GET", "/admin/invoices/inv_unknown/pdf", INVOICING_OFF],
      ["POST", "/admin/invoices/inv_unknown/send", INVOICING_OFF],
      ["GET", "/admin/invoices/render-health", INVOICING_OFF],
      ["GET", "/admin/credit-notes", INVOICING_OFF],
      ["GET", "/admin/invoice-series/INV/verify", INVOICING_OFF],
      ["GET", "/admin/orders/order_unknown/invoices", INVOICING_OFF],
      ["GET", "/admin/o2c/seller-identity", INVOICING_OFF],
      ["POST", "/admin/o2c/seller-identity", INVOICING_OFF],
      ["GET", "/admin/receivables/aging", RECEIVABLES_OFF],
      ["GET", "/admin/receivables/kpis", RECEIVABLES_OFF],
      ["GET", "/admin/receivables/overdue-companies", RECEIVABLES_OFF],
      ["GET", "/admin/receivables/payments", RECEIVABLES_OFF],
      // An invalid body is not looked at: the route is absent.
      ["POST", "/admin/receivables/payments", RECEIVABLES_OFF],
      ["GET", "/admin/companies/:company/ledger", RECEIVABLES_OFF],
      ["GET", "/admin/companies/:company/statement", RECEIVABLES_OFF],
      ["POST", "/admin/companies/:company/statement/send", RECEIVABLES_OFF],
      ["GET", "/admin/collections", DUNNING_OFF],
      ["POST", "/admin/dunning-runs", DUNNING_OFF],
      ["GET", "/admin/dunning-policies", DUNNING_OFF],
      ["GET", "/admin/disputes", DUNNING_OFF],
      ["GET", "/admin/companies/:company/dunning", DUNNING_OFF],
    ])("answers %s %s to an admin with 404 and the reason", async (method, path, message) => {
      const url = path.replace(":company", companyId)
      const response = await settle(method === "GET" ? api.get(url, admin) : api.post(url, {}, admin))
      expect(response).toEqual({ status: 404, data: { type: "not_found", message } })
    })

    it.each([
      ["/store/invoices", INVOICING_OFF],
      ["/store/invoices/inv_unknown", INVOICING_OFF],
      ["/store/invoices/inv_unknown/pdf", INVOICING_OFF],
      ["/store/company/statement", RECEIVABLES_OFF],
      ["/store/company/open-items", RECEIVABLES_OFF],
      ["/store/company/reminders", DUNNING_OFF],
      ["/store/company/disputes", DUNNING_OFF],
    ])("answers GET %s to a buyer with 404 and the reason", async (path, message) => {
      const response = await settle(api.get(path, buyer))
      expect(response).toEqual({ status: 404, data: { type: "not_found", message } })
    })

    it("still refuses anonymous callers before saying anything about features", async () => {
      expect((await settle(api.get("/admin/invoices"))).status).toBe(401)
    })

    it("keeps companies, credit and payment terms running", async () => {
      expect((await settle(api.get(`/admin/companies/${companyId}`, admin))).status).toBe(200)
      expect((await settle(api.get("/admin/payment-terms", admin))).status).toBe(200)
      expect((await settle(api.get("/store/company", buyer))).status).toBe(200)
    })

    it("places an on-account order against credit without invoicing or booking it", async () => {
      events.clear()
      const cart = await buildCart(api, buyer, {
        regionId: store.regionId,
        lines: [{ variant_id: Object.values(variants)[0], quantity: 2 }],
      })
      await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, buyer)
      expect(data.type).toBe("order")

      // Credit still runs: the order's total is committed against the company's limit.
      await eventually(async () => {
        const { data: read } = await api.get(`/admin/companies/${companyId}`, admin)
        expect(Number(read.company.uninvoiced_exposure)).toBeCloseTo(Number(data.order.total), 2)
      })
      await events.waitFor("order.placed")
      await events.settle(2_000)
      expect(events.named(INVOICE_ISSUED)).toEqual([])
      const container = getContainer()
      const documents = await container
        .resolve<InvoicingModuleService>(INVOICING_MODULE)
        .listInvoices({ order_id: data.order.id })
      expect(documents).toEqual([])
      const entries = await container
        .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
        .listLedgerEntries({ company_id: companyId })
      expect(entries).toEqual([])
    })
  },
})
