import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addBuyer, createCompany, expectCompanyRefused, settle } from "../helpers/b2b"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer } from "../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms } = useSeededStore(api, getContainer)

    describe("companies", () => {
      it("creates, lists, searches, reads and updates companies the way Medusa's API does", async () => {
        const martin = await createCompany(api, admin, { payment_term_id: terms.net_30 })
        expect(martin).toMatchObject({ name: "Atelier Martin", currency_code: "eur", status: "active", credit_limit: 5000, exposure: 0, available_credit: 5000 })
        await createCompany(api, admin, { name: "Garage Leroy", legal_name: "Garage Leroy EURL", credit_limit: null })

        const { data: list } = await api.get("/admin/companies?limit=1&offset=0", admin)
        expect(list).toMatchObject({ count: 2, offset: 0, limit: 1 })
        expect(list.companies).toHaveLength(1)

        const { data: found } = await api.get("/admin/companies?q=leroy", admin)
        expect(found.companies.map((c: { name: string }) => c.name)).toEqual(["Garage Leroy"])
        expect(found.companies[0].available_credit).toBeNull()

        const { data: fields } = await api.get(`/admin/companies/${martin.id}?fields=id,name`, admin)
        expect(Object.keys(fields.company).sort()).toEqual(["id", "name"])

        const { data: updated } = await api.post(
          `/admin/companies/${martin.id}`,
          { credit_limit: "7500.50", billing_email: "factures@atelier-martin.fr", reason: "annual review" },
          admin
        )
        expect(updated.company).toMatchObject({ credit_limit: 7500.5, billing_email: "factures@atelier-martin.fr" })

        const { data: history } = await api.get(`/admin/companies/${martin.id}/credit-history`, admin)
        expect(history.credit_events[0]).toMatchObject({
          type: "limit_changed",
          reason: "annual review",
          from_value: { credit_limit: "5000" },
          to_value: { credit_limit: "7500.5" },
        })
        expect(history.credit_events[0].actor_id).toMatch(/^user_/)
      })

      it.each([
        [{ billing_email: "not-an-email" }, "billing_email"],
        [{ currency_code: "euro" }, "currency_code"],
        [{ credit_limit: "-5" }, "credit_limit"],
        [{ credit_limit: -5 }, "credit_limit"],
        [{ name: "" }, "name"],
        [{ unknown_field: 1 }, "unknown_field"],
      ])("refuses %j with 400 and creates nothing", async (bad, field) => {
        await expectCompanyRefused(api, admin, bad, field)
      })

      it("refuses an unknown payment term, and 404s an unknown company", async () => {
        const res = await settle(createCompany(api, admin, { payment_term_id: "pterm_missing" }))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe("Payment term pterm_missing does not exist")
        const missing = await settle(api.get("/admin/companies/comp_missing", admin))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("Company comp_missing was not found")
      })

      it("puts a company on hold and releases it, in the credit history", async () => {
        const company = await createCompany(api, admin)
        const noReason = await settle(api.post(`/admin/companies/${company.id}/hold`, {}, admin))
        expect(noReason.status).toBe(400)
        const { data } = await api.post(`/admin/companies/${company.id}/hold`, { reason: "unpaid invoices" }, admin)
        expect(data.company).toMatchObject({ status: "on_hold", hold_reason: "unpaid invoices" })
        await api.post(`/admin/companies/${company.id}/release`, { reason: "paid" }, admin)
        const again = await settle(api.post(`/admin/companies/${company.id}/release`, {}, admin))
        expect(again.status).toBe(409)
        const { data: history } = await api.get(`/admin/companies/${company.id}/credit-history`, admin)
        expect(history.credit_events.slice(0, 2).map((e: any) => [e.type, e.reason])).toEqual([
          ["release", "paid"],
          ["hold", "unpaid invoices"],
        ])
      })

      it("adds and removes buyers; a customer buys for one company only", async () => {
        const martin = await createCompany(api, admin)
        const leroy = await createCompany(api, admin, { name: "Garage Leroy" })
        const buyer = await registerCustomer(api, store.publishableKey, { email: "claire@atelier-martin.fr" })

        const withBuyer = await addBuyer(api, admin, martin.id, buyer.customer.id, "admin")
        expect(withBuyer.buyers).toHaveLength(1)
        expect(withBuyer.buyers[0]).toMatchObject({ role: "admin", customer: { email: "claire@atelier-martin.fr" } })

        const elsewhere = await settle(addBuyer(api, admin, leroy.id, buyer.customer.id))
        expect(elsewhere.status).toBe(409)
        expect(elsewhere.data.message).toBe(
          "claire@atelier-martin.fr is already a buyer of Atelier Martin; a customer buys for one company only."
        )
        const unknown = await settle(addBuyer(api, admin, martin.id, "cus_missing"))
        expect(unknown.status).toBe(404)

        const { data } = await api.delete(`/admin/companies/${martin.id}/buyers/${buyer.customer.id}`, admin)
        expect(data.company.buyers).toHaveLength(0)
        await addBuyer(api, admin, leroy.id, buyer.customer.id)
      })

      it("deletes a company nothing depends on", async () => {
        const company = await createCompany(api, admin)
        const res = await settle(api.delete(`/admin/companies/${company.id}`, admin))
        expect(res.status).toBe(200)
        const data = res.data
        expect(data).toEqual({ id: company.id, object: "company", deleted: true })
        expect((await settle(api.get(`/admin/companies/${company.id}`, admin))).status).toBe(404)
      })
    })

    describe("payment terms", () => {
      it("lists the standard terms", async () => {
        const { data } = await api.get("/admin/payment-terms", admin)
        expect(data.count).toBe(8)
        expect(data.payment_terms.map((t: { code: string }) => t.code).sort()).toEqual(
          ["2_10_net_30", "45_days_end_of_month", "due_on_receipt", "net_15", "net_30", "net_45", "net_60", "split_30_70"]
        )
      })

      it("creates a term within the legal maximum and refuses longer ones", async () => {
        const { data } = await api.post(
          "/admin/payment-terms",
          { code: "net_20", name: "Net 20", instalments: [{ portion_percent: 100, rule: { type: "days_after_invoice", days: 20 } }] },
          admin
        )
        expect(data.payment_term).toMatchObject({ code: "net_20" })

        const tooLong = await settle(
          api.post(
            "/admin/payment-terms",
            { code: "net_90", name: "Net 90", instalments: [{ portion_percent: 100, rule: { type: "days_after_invoice", days: 90 } }] },
            admin
          )
        )
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toBe(
          "This payment term can fall due 90 days after the invoice date; the maximum is 60 days (or 45 days end of month), Code de commerce L441-10."
        )
      })

      it.each([
        [{ instalments: [{ portion_percent: 60, rule: { type: "days_after_invoice", days: 30 } }] }, 400, "100 %"],
        [{ code: "net_30" }, 409, 'A payment term with code "net_30" already exists'],
        [{ code: "Net 30!" }, 400, "lowercase"],
      ])("refuses %j", async (bad, status, message) => {
        const res = await settle(
          api.post(
            "/admin/payment-terms",
            { code: "custom", name: "Custom", instalments: [{ portion_percent: 100, rule: { type: "days_after_invoice", days: 30 } }], ...bad },
            admin
          )
        )
        expect(res.status).toBe(status)
        expect(res.data.message).toContain(message)
      })

      it("refuses to delete a term a company uses", async () => {
        await createCompany(api, admin, { payment_term_id: terms.net_45 })
        const res = await settle(api.delete(`/admin/payment-terms/${terms.net_45}`, admin))
        expect(res.status).toBe(409)
        expect(res.data.message).toBe(
          'Payment term "Net 45" is used by 1 company (Atelier Martin) and cannot be deleted; give those companies another term first.'
        )
        const unused = await api.delete(`/admin/payment-terms/${terms.net_15}`, admin)
        expect(unused.data.deleted).toBe(true)
      })
    })

    describe("who sees what", () => {
      it("shows a buyer their own company only; a customer without one gets 404", async () => {
        const martin = await createCompany(api, admin, { payment_term_id: terms.split_30_70 })
        const leroy = await createCompany(api, admin, { name: "Garage Leroy" })
        const claire = await registerCustomer(api, store.publishableKey, { email: "claire@atelier-martin.fr" })
        const paul = await registerCustomer(api, store.publishableKey, { email: "paul@garage-leroy.fr" })
        const loner = await registerCustomer(api, store.publishableKey, { email: "loner@example.fr" })
        await addBuyer(api, admin, martin.id, claire.customer.id)
        await addBuyer(api, admin, leroy.id, paul.customer.id, "admin")

        const { data: mine } = await api.get("/store/company", claire)
        expect(mine.company).toMatchObject({ id: martin.id, role: "buyer", payment_term: { code: "split_30_70" } })
        const { data: his } = await api.get("/store/company", paul)
        expect(his.company).toMatchObject({ id: leroy.id, role: "admin" })

        const none = await settle(api.get("/store/company", loner))
        expect(none.status).toBe(404)
        expect(none.data.message).toBe("You are not a buyer of any company")
      })

      it("refuses the store route without a login and admin routes without an admin", async () => {
        const anonymous = await settle(
          api.get("/store/company", { headers: { "x-publishable-api-key": store.publishableKey } })
        )
        expect(anonymous.status).toBe(401)

        const buyer = await registerCustomer(api, store.publishableKey, { email: "buyer@example.fr" })
        for (const path of ["/admin/companies", "/admin/payment-terms", "/admin/o2c/exposure-drift"]) {
          expect((await settle(api.get(path))).status).toBe(401)
          expect((await settle(api.get(path, buyer))).status).toBe(401)
        }
        const create = await settle(api.post("/admin/companies", { name: "Sneaky" }, buyer))
        expect(create.status).toBe(401)
      })
    })
  },
})
