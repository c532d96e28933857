import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { frenchRegistrationProblem, sirenOf, vatNumberProblem } from "../../src/lib/identifiers"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { addDays } from "../../src/lib/time"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { seedDemoCompanies } from "../../src/scripts/seed/b2b"
import { DEMO_SELLER } from "../../src/scripts/seed/seller-identity"
import { addBuyer, createCompany, eventually, expectCompanyRefused, settle } from "../helpers/b2b"
import { buildCart, choosePayment } from "../helpers/checkout"
import { documentsOf, shipAll } from "../helpers/invoicing"
import { registerCustomer } from "../helpers/store"
import { useSeededStore } from "../helpers/seeded-store"

jest.setTimeout(600_000)

const NET = (days: number) => [{ portion_percent: 100, rule: { type: "days_after_invoice", days } }]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })

    describe("4. identities: SIREN, SIRET and VAT numbers are checked, the seller's own are flagged", () => {
      it.each([
        [
          { vat_id: "FR32123456789" },
          "vat_id's SIREN (its last 9 digits) 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
        ],
        [
          { vat_id: "FR20812345676" },
          "vat_id FR20812345676 is not a valid French VAT number: the key for SIREN 812345676 is 19 (FR19812345676)",
        ],
        [{ vat_id: "DE12345678" }, "vat_id DE12345678 does not have the shape of a DE VAT number"],
        [
          { registration_id: "12345678900017" },
          "registration_id's first 9 digits 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
        ],
        [
          { registration_id: "81234567600018" },
          "registration_id 81234567600018 is not a valid SIRET: its check digit does not match",
        ],
      ])("refuses the seller identity %j with its reason, and saves nothing", async (bad, message) => {
        const { data: before } = await api.get("/admin/o2c/seller-identity", admin)
        const res = await settle(
          api.post("/admin/o2c/seller-identity", { legal_name: "Renamed SAS", ...bad }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(message)
        const { data: after } = await api.get("/admin/o2c/seller-identity", admin)
        expect(after.seller_identity.saved).toEqual(before.seller_identity.saved)
        expect(after.seller_identity.identity.legal_name).toBe(DEMO_SELLER.legal_name)
      })

      it("saves a valid seller identity, typed with spaces, in its compact form", async () => {
        const { data } = await api.post(
          "/admin/o2c/seller-identity",
          { vat_id: "fr 40 529 876 542", registration_id: "529 876 542 00018" },
          admin
        )
        expect(data.seller_identity.identity).toMatchObject({
          vat_id: "FR40529876542",
          registration_id: "52987654200018",
        })
      })

      it("names a field saved before identifiers were checked, and saves nothing over it", async () => {
        const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
        const [profile] = await invoicing.listSellerProfiles({})
        const old = { ...(profile.identity as object), vat_id: "FR32123456789" }
        await invoicing.updateSellerProfiles({ id: profile.id, identity: old })
        const res = await settle(api.post("/admin/o2c/seller-identity", { footer: "New footer" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "The saved seller identity needs correcting: vat_id's SIREN (its last 9 digits) 123456789 is not a valid SIREN: its check digit (Luhn) does not match"
        )
        const { data } = await api.get("/admin/o2c/seller-identity", admin)
        expect(data.seller_identity.saved).toEqual(old)
      })

      it.each([
        [
          { registration_id: "123456789" },
          "registration_id 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
        ],
        [
          { registration_id: "12345678900017" },
          "registration_id's first 9 digits 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
        ],
        [
          { vat_number: "FR32123456789", registration_id: null },
          "vat_number's SIREN (its last 9 digits) 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
        ],
        [
          { vat_number: "FR41529876542" },
          "vat_number FR41529876542 is not a valid French VAT number: the key for SIREN 529876542 is 40 (FR40529876542)",
        ],
        [
          { vat_number: "FR19812345676" },
          "vat_number FR19812345676 is for SIREN 812345676, but registration_id 529876542 is for SIREN 529876542",
        ],
        [
          // A French billing address makes any registration number a SIREN or SIRET.
          {
            registration_id: "RCS Lyon B 529",
            billing_address: { address_1: "1 rue X", postal_code: "69001", city: "Lyon", country_code: "fr" },
          },
          'registration_id must be a SIREN (9 digits) or a SIRET (14 digits) for a French company, got "RCS Lyon B 529"',
        ],
      ])("refuses to create a company with %j, with its reason, and writes nothing", async (bad, message) => {
        await expectCompanyRefused(api, admin, bad, message)
      })

      it("accepts a foreign company's own numbers, and refuses a bad VAT number on update without changing the company", async () => {
        const german = await createCompany(api, admin, {
          name: "Müller GmbH",
          legal_name: "Müller Werkzeuge GmbH",
          vat_number: "DE123456789",
          registration_id: "HRB 12345",
          billing_address: {
            address_1: "Hauptstraße 1",
            postal_code: "10115",
            city: "Berlin",
            country_code: "de",
          },
        })
        expect(german).toMatchObject({ vat_number: "DE123456789", registration_id: "HRB 12345" })

        const martin = await createCompany(api, admin, { registration_id: "529 876 542 00018" })
        expect(martin).toMatchObject({ vat_number: "FR40529876542", registration_id: "52987654200018" })
        const res = await settle(
          api.post(`/admin/companies/${martin.id}`, { vat_number: "FR00529876542" }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(
          "vat_number FR00529876542 is not a valid French VAT number: the key for SIREN 529876542 is 40 (FR40529876542)"
        )
        const { data } = await api.get(`/admin/companies/${martin.id}`, admin)
        expect(data.company.vat_number).toBe("FR40529876542")
      })

      it("warns, without refusing, when a company carries the seller's own VAT number or SIREN", async () => {
        const { data: created } = await api.post(
          "/admin/companies",
          {
            name: "Copy-paste SARL",
            legal_name: "Copy-paste SARL",
            vat_number: DEMO_SELLER.vat_id,
            registration_id: "812345676",
            billing_email: "compta@copy.example",
            currency_code: "eur",
          },
          admin
        )
        expect(created.company.vat_number).toBe("FR19812345676")
        expect(created.warnings).toEqual([
          "The company's VAT number FR19812345676 is the seller's own VAT number; check it.",
          "The company's registration number 812345676 has the seller's own SIREN 812345676; check it.",
        ])

        const { data: fixed } = await api.post(
          `/admin/companies/${created.company.id}`,
          { vat_number: "FR40529876542", registration_id: "529876542" },
          admin
        )
        expect(fixed.warnings).toEqual([])

        const { data: again } = await api.post(
          `/admin/companies/${created.company.id}`,
          { vat_number: DEMO_SELLER.vat_id, registration_id: null },
          admin
        )
        expect(again.warnings).toEqual([
          "The company's VAT number FR19812345676 is the seller's own VAT number; check it.",
        ])
      })

      it("seeds a demo whose seller and companies have valid identities, none shared", async () => {
        await seedDemoCompanies(getContainer(), store, terms)
        const { data: seller } = await api.get("/admin/o2c/seller-identity", admin)
        const { vat_id, registration_id } = seller.seller_identity.identity
        expect([vatNumberProblem(vat_id, "vat_id"), frenchRegistrationProblem(registration_id)]).toEqual([
          null,
          null,
        ])
        expect(sirenOf(vat_id)).toBe(sirenOf(registration_id))

        const { data } = await api.get(
          "/admin/companies?fields=name,vat_number,registration_id&limit=100",
          admin
        )
        expect(data.companies.map((c: { name: string }) => c.name).sort()).toEqual([
          "Atelier Martin",
          "Chaudronnerie Dubois",
          "Garage Leroy",
        ])
        for (const company of data.companies) {
          expect({
            name: company.name,
            vat: vatNumberProblem(company.vat_number),
            registration: frenchRegistrationProblem(company.registration_id),
            same_siren: sirenOf(company.vat_number) === sirenOf(company.registration_id),
          }).toEqual({ name: company.name, vat: null, registration: null, same_siren: true })
        }
        const sirens = [
          registration_id,
          ...data.companies.map((c: { registration_id: string }) => c.registration_id),
        ].map(sirenOf)
        expect(new Set(sirens).size).toBe(4)
        const vats = [vat_id, ...data.companies.map((c: { vat_number: string }) => c.vat_number)]
        expect(new Set(vats).size).toBe(4)
      })
    })

    describe("9. payment terms: edited as new versions, deleted only when unused", () => {
      /** A company on `termId` with one buyer, and a function that places and ships an on-account order, returning its invoice. */
      async function companyInvoicedUnder(termId: string) {
        const company = await createCompany(api, admin, { payment_term_id: termId, credit_limit: 100_000 })
        const buyer = await registerCustomer(api, store.publishableKey, {
          email: `buyer-${termId}@atelier-martin.fr`,
        })
        await addBuyer(api, admin, company.id, buyer.customer.id)
        const invoiceAnOrder = async () => {
          const cart = await buildCart(api, buyer, {
            regionId: store.regionId,
            lines: [{ variant_id: variants["SAFE-GL-C-9"], quantity: 2 }],
          })
          await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
          const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, buyer)
          const orderId = data.order.id
          // The order.placed subscriber snapshots the term on the order's commitment: wait for it before shipping.
          const commitment = await eventually(async () => {
            const { data: read } = await api.get(`/admin/companies/${company.id}?fields=commitments.*`, admin)
            const mine = read.company.commitments.find((c: { order_id: string }) => c.order_id === orderId)
            expect(mine).toMatchObject({ status: "open" })
            return mine
          })
          const { data: placed } = await api.get(`/admin/orders/${orderId}?fields=id,items.*`, admin)
          await shipAll(api, admin, placed.order, store.stockLocationId)
          const [listed] = await documentsOf(api, admin, orderId)
          const { data: invoice } = await api.get(`/admin/invoices/${listed.id}`, admin)
          return { invoice: invoice.invoice, term: commitment.payment_term }
        }
        return { company, invoiceAnOrder }
      }

      it("a changed term is a new version: issued invoices keep their due dates, the next order gets the new ones", async () => {
        const { data: created } = await api.post(
          "/admin/payment-terms",
          { code: "net_20", name: "Net 20", instalments: NET(20) },
          admin
        )
        expect(created.payment_term.version).toBe(1)
        const { invoiceAnOrder } = await companyInvoicedUnder(created.payment_term.id)
        const { invoice: first, term: firstTerm } = await invoiceAnOrder()
        expect(firstTerm).toMatchObject({ code: "net_20", version: 1, instalments: NET(20) })
        expect(first.due_schedule.map((d: any) => d.due_date)).toEqual([addDays(first.issue_date, 20)])

        // A new name alone is no new version.
        const { data: renamed } = await api.post(
          `/admin/payment-terms/${created.payment_term.id}`,
          { name: "Net 20 days" },
          admin
        )
        expect(renamed.payment_term).toMatchObject({ name: "Net 20 days", version: 1 })

        const { data: edited } = await api.post(
          `/admin/payment-terms/${created.payment_term.id}`,
          {
            instalments: [
              {
                portion_percent: 50,
                rule: { type: "days_after_invoice", days: 30 },
                discount: { percent: 2, days: 10 },
              },
              { portion_percent: 50, rule: { type: "days_after_invoice", days: 45 } },
            ],
          },
          admin
        )
        expect(edited.payment_term).toMatchObject({ id: created.payment_term.id, version: 2 })
        const { data: listed } = await api.get("/admin/payment-terms?q=net_20", admin)
        expect(
          listed.payment_terms.find((t: { id: string }) => t.id === created.payment_term.id)
        ).toMatchObject({
          version: 2,
        })

        const { data: reread } = await api.get(`/admin/invoices/${first.id}`, admin)
        expect(reread.invoice.due_schedule).toEqual(first.due_schedule)
        expect(reread.invoice.payment_terms_text).toBe("Net 20")

        const { invoice: second, term: secondTerm } = await invoiceAnOrder()
        expect(secondTerm).toMatchObject({ code: "net_20", version: 2 })
        expect(second.payment_terms_text).toBe("Net 20 days")
        expect(second.due_schedule.map((d: any) => [d.due_date, d.discount_percent])).toEqual([
          [addDays(second.issue_date, 30), "2"],
          [addDays(second.issue_date, 45), null],
        ])

        const { data: usage } = await api.get(`/admin/payment-terms/${created.payment_term.id}`, admin)
        expect(usage.usage).toEqual({ companies: 1, company_names: ["Atelier Martin"], invoices: 2 })
      })

      it("refuses an edit past the legal maximum with the reason, and changes nothing", async () => {
        const res = await settle(
          api.post(`/admin/payment-terms/${terms.net_30}`, { instalments: NET(75) }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "This payment term can fall due 75 days after the invoice date; the maximum is 60 days (or 45 days end of month), Code de commerce L441-10."
        )
        const { data } = await api.get(`/admin/payment-terms/${terms.net_30}`, admin)
        expect(data.payment_term).toMatchObject({ version: 1, instalments: NET(30) })
      })

      it("refuses to delete a term companies or issued invoices use, naming how many; deletes an unused one", async () => {
        const { invoiceAnOrder } = await companyInvoicedUnder(terms.net_45)
        await createCompany(api, admin, {
          name: "Garage Leroy",
          legal_name: "Garage Leroy EURL",
          payment_term_id: terms.net_45,
        })
        await invoiceAnOrder()

        const used = await settle(api.delete(`/admin/payment-terms/${terms.net_45}`, admin))
        expect(used.status).toBe(409)
        expect(used.data.message).toBe(
          'Payment term "Net 45" is used by 2 companies (Atelier Martin, Garage Leroy) and 1 issued invoice and cannot be deleted; give those companies another term first.'
        )

        // Once no company has it, its issued invoice still keeps it.
        const { data: companies } = await api.get("/admin/companies?fields=id", admin)
        for (const { id } of companies.companies) {
          await api.post(
            `/admin/companies/${id}`,
            { payment_term_id: terms.net_30, reason: "New agreement" },
            admin
          )
        }
        const invoiced = await settle(api.delete(`/admin/payment-terms/${terms.net_45}`, admin))
        expect(invoiced.status).toBe(409)
        expect(invoiced.data.message).toBe(
          'Payment term "Net 45" is used by 1 issued invoice and cannot be deleted.'
        )
        expect((await api.get(`/admin/payment-terms/${terms.net_45}`, admin)).status).toBe(200)

        const { data: deleted } = await api.delete(`/admin/payment-terms/${terms.net_15}`, admin)
        expect(deleted).toEqual({ id: terms.net_15, object: "payment_term", deleted: true })
        expect((await settle(api.get(`/admin/payment-terms/${terms.net_15}`, admin))).status).toBe(404)
        const { data: list } = await api.get("/admin/payment-terms", admin)
        expect(list.payment_terms.map((t: { code: string }) => t.code)).not.toContain("net_15")
        expect(list.max_payment_term_days).toBe(60)
      })
    })

    describe("13. the order-to-cash settings page's status", () => {
      it("tells shipped features from planned ones", async () => {
        const { data } = await api.get("/admin/o2c/status", admin)
        expect(data.status.planned_features).toEqual(["reconciliation", "erp_sync"])
        expect(data.status.features).toMatchObject({ invoicing: true, dunning: true, reconciliation: false })
      })
    })
  },
})
