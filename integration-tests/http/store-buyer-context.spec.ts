import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from "../../src/modules/company"
import type CompanyModuleService from "../../src/modules/company/service"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, settle } from "../helpers/b2b"
import { invoicedOrder } from "../helpers/receivables"
import { setUpSuite, useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Each order is invoiced as soon as it is placed, so each company has a document at once.
process.env.O2C_INVOICE_TRIGGER = "order_placed"

// The store routes that show a company's data, and who may call them.
const COMPANY_ROUTES = ["/store/company", "/store/company/statement", "/store/company/open-items"]
const COMPANY_ADMIN_ROUTES = ["/store/company/statement", "/store/company/open-items"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })
    type Account = { id: string; name: string; admin: StoreCustomer; buyer: StoreCustomer }
    let a: Account
    let b: Account
    let loner: StoreCustomer
    let invoiceA: any
    let invoiceB: any

    setUpSuite(setUp)

    async function setUp() {
      const account = async (name: string, slug: string): Promise<Account> => {
        const company = await createCompany(api, admin, {
          name,
          legal_name: `${name} SAS`,
          billing_address: COMPANY_BILLING_ADDRESS,
          payment_term_id: terms["2_10_net_30"],
          credit_limit: 100_000,
        })
        const companyAdmin = await registerCustomer(api, store.publishableKey, {
          email: `admin@${slug}.example`,
        })
        const buyer = await registerCustomer(api, store.publishableKey, { email: `buyer@${slug}.example` })
        await addBuyer(api, admin, company.id, companyAdmin.customer.id, "admin")
        await addBuyer(api, admin, company.id, buyer.customer.id, "buyer")
        return { id: company.id, name, admin: companyAdmin, buyer }
      }
      a = await account("Forges Alpha", "alpha")
      b = await account("Forges Beta", "beta")
      loner = await registerCustomer(api, store.publishableKey, { email: "loner@nowhere.example" })
      // Made here, not in a nested beforeAll: the runner restores the database as it was after this set-up before each test.
      const invoiced = async (who: StoreCustomer) =>
        (
          await invoicedOrder(api, admin, who, {
            regionId: store.regionId,
            lines: [{ variant_id: variants["FAST-HB-M8-30"], quantity: 10 }],
          })
        ).invoice
      invoiceA = await invoiced(a.buyer)
      invoiceB = await invoiced(b.buyer)
    }

    /** Whether a response body mentions any of `marks` (ids, names, numbers of company B). */
    const mentions = (body: unknown, marks: string[]) =>
      marks.some((mark) => JSON.stringify(body).includes(mark))

    it("refuses a signed-in customer who buys for no company the same way on every company route", async () => {
      for (const route of COMPANY_ROUTES) {
        const refused = await settle(api.get(route, loner))
        expect([route, refused.status, refused.data.message]).toEqual([
          route,
          404,
          "You are not a buyer of any company",
        ])
      }
    })

    it("refuses a plain buyer the same way on every route of the company's account", async () => {
      for (const route of COMPANY_ADMIN_ROUTES) {
        const refused = await settle(api.get(route, a.buyer))
        expect([route, refused.status, refused.data.message]).toEqual([
          route,
          403,
          "Only your company's admins can see its account: ask one of them for the statement",
        ])
      }
      expect((await api.get("/store/company", a.buyer)).data.company).toMatchObject({
        id: a.id,
        role: "buyer",
      })
    })

    it("shows a company admin of A only company A, on every company route", async () => {
      const { data: company } = await api.get("/store/company", a.admin)
      expect(company.company).toMatchObject({ id: a.id, name: a.name, role: "admin" })
      const { data: openItems } = await api.get("/store/company/open-items", a.admin)
      expect(openItems.company_id).toBe(a.id)
      const { data: statement } = await api.get("/store/company/statement", a.admin)
      expect(statement.statement.company_id).toBe(a.id)
      for (const body of [company, openItems, statement]) {
        expect(mentions(body, [b.id, b.name])).toBe(false)
      }
      expect((await api.get("/store/company", b.admin)).data.company).toMatchObject({
        id: b.id,
        name: b.name,
      })
    })

    it("looks the buyer up once per request", async () => {
      const companies = getContainer().resolve<CompanyModuleService>(COMPANY_MODULE)
      const lookups = jest.spyOn(companies, "buyerAccount")
      try {
        await api.get("/store/company/open-items", a.admin)
        expect(lookups).toHaveBeenCalledTimes(1)
        lookups.mockClear()
        await api.get("/store/invoices", a.buyer)
        expect(lookups).toHaveBeenCalledTimes(1)
      } finally {
        lookups.mockRestore()
      }
    })

    describe("with an invoice for each company", () => {
      const marksOfB = () => [b.id, b.name, invoiceB.id, invoiceB.number]

      it("shows company A's admin A's account with A's invoice, and nothing of B's", async () => {
        const { data: openItems } = await api.get("/store/company/open-items", a.admin)
        expect(openItems.open_items.map((i: any) => i.document_id)).toContain(invoiceA.id)
        const { data: statement } = await api.get(
          `/store/company/statement?from=${invoiceA.issue_date}`,
          a.admin
        )
        expect(JSON.stringify(statement.statement.movements)).toContain(invoiceA.number)
        for (const body of [openItems, statement]) {
          expect(mentions(body, marksOfB())).toBe(false)
        }
      })

      it("never shows company B's documents to anyone of company A, nor to a customer of no company", async () => {
        for (const who of [a.admin, a.buyer, loner]) {
          for (const kind of ["invoice", "credit_note"]) {
            const { data: list } = await api.get(`/store/invoices?kind=${kind}`, who)
            expect(mentions(list, marksOfB())).toBe(false)
          }
          for (const route of [`/store/invoices/${invoiceB.id}`, `/store/invoices/${invoiceB.id}/pdf`]) {
            const refused = await settle(api.get(route, who))
            expect([route, refused.status, refused.data.message]).toEqual([
              route,
              404,
              `Invoice ${invoiceB.id} was not found`,
            ])
          }
        }
        // Company A's own invoice is there for its admin and for the buyer who ordered it; none for the loner.
        for (const who of [a.admin, a.buyer]) {
          const { data: list } = await api.get("/store/invoices", who)
          expect(list.invoices.map((i: any) => i.id)).toEqual([invoiceA.id])
          const { data: one } = await api.get(`/store/invoices/${invoiceA.id}`, who)
          expect(one.invoice).toMatchObject({ id: invoiceA.id, company_id: a.id })
        }
        expect((await api.get("/store/invoices", loner)).data.invoices).toEqual([])
        // The refusals are about who asks: company B's own admin gets it.
        expect((await api.get(`/store/invoices/${invoiceB.id}`, b.admin)).data.invoice.id).toBe(invoiceB.id)
      })
    })
  },
})
