import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from "../../src/modules/company"
import type CompanyModuleService from "../../src/modules/company/service"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { type Headers, TEST_ADMIN } from "../helpers/admin"
import { addBuyer, createCompany, settle } from "../helpers/b2b"
import { buildCart, choosePayment } from "../helpers/checkout"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer } from "../helpers/store"

jest.setTimeout(240_000)

const NEUTRAL_HOLD = "Your company's account is on hold: pay on account is not available, please contact us."

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants: variantIds } = useSeededStore(api, getContainer)

    const getCompany = async (id: string) => (await api.get(`/admin/companies/${id}`, admin)).data.company
    const historyOf = async (id: string) =>
      (await api.get(`/admin/companies/${id}/credit-history`, admin)).data.credit_events
    const orderCount = async () => (await api.get("/admin/orders?fields=id&limit=1", admin)).data.count

    let buyers = 0
    async function companyWithBuyer(company: Record<string, unknown> = {}) {
      const created = await createCompany(api, admin, { payment_term_id: terms.net_30, ...company })
      buyers += 1
      const buyer = await registerCustomer(api, store.publishableKey, {
        email: `buyer${buyers}@garage-leroy.fr`,
      })
      await addBuyer(api, admin, created.id, buyer.customer.id)
      return { company: created, buyer }
    }

    // 3 x 10.40 + 10 x 6.50 = 96.20, + 15.00 delivery, + 20 % VAT = 133.44 EUR
    const cartOnAccount = async (buyer: Headers) => {
      const lines = [
        { variant_id: variantIds["FAST-HB-M8-30"], quantity: 3 },
        { variant_id: variantIds["SAFE-GL-C-9"], quantity: 10 },
      ]
      return buildCart(api, buyer, { regionId: store.regionId, lines })
    }

    describe("1. One click removes a credit line", () => {
      it("refuses a limit, payment-term or status change without a typed reason, and changes nothing", async () => {
        const company = await createCompany(api, admin, { payment_term_id: terms.net_30 })
        const historyBefore = await historyOf(company.id)

        const removal = await settle(
          api.post(`/admin/companies/${company.id}`, { credit_limit: null }, admin)
        )
        expect(removal.status).toBe(400)
        expect(removal.data.message).toBe(
          'Atelier Martin: a reason is required to change the credit limit from 5,000.00 EUR to no credit line. Send it as "reason"; it is kept in the credit history.'
        )
        const lowered = await settle(
          api.post(
            `/admin/companies/${company.id}`,
            { credit_limit: "1500", billing_email: "new@atelier-martin.fr" },
            admin
          )
        )
        expect(lowered.status).toBe(400)
        expect(lowered.data.message).toContain("from 5,000.00 EUR to 1,500.00 EUR")
        const blank = await settle(
          api.post(`/admin/companies/${company.id}`, { credit_limit: 0, reason: "   " }, admin)
        )
        expect(blank.status).toBe(400)
        expect(blank.data.message).toContain(
          "a reason is required to change the credit limit from 5,000.00 EUR to 0.00 EUR"
        )
        const term = await settle(
          api.post(`/admin/companies/${company.id}`, { payment_term_id: terms.net_60 }, admin)
        )
        expect(term.status).toBe(400)
        expect(term.data.message).toContain("to change the payment term")
        const closing = await settle(api.post(`/admin/companies/${company.id}`, { status: "closed" }, admin))
        expect(closing.status).toBe(400)
        expect(closing.data.message).toContain("the status from active to closed")

        // Nothing was written: not the limit, not the e-mail sent along, not the history.
        expect(await getCompany(company.id)).toMatchObject({
          credit_limit: 5000,
          available_credit: 5000,
          payment_term_id: terms.net_30,
          status: "active",
          billing_email: "compta@atelier-martin.fr",
        })
        expect(await historyOf(company.id)).toEqual(historyBefore)

        // What changes no credit setting needs no reason (the same limit sent again included).
        const { data: contact } = await api.post(
          `/admin/companies/${company.id}`,
          { billing_email: "factures@atelier-martin.fr", credit_limit: "5000.00" },
          admin
        )
        expect(contact.company).toMatchObject({
          billing_email: "factures@atelier-martin.fr",
          credit_limit: 5000,
        })
      })

      it("records the typed reason with the user's name or e-mail in the credit history", async () => {
        const company = await createCompany(api, admin, { payment_term_id: terms.net_30 })
        const { data: removed } = await api.post(
          `/admin/companies/${company.id}`,
          { credit_limit: null, reason: "Ceased trading, see e-mail of 2 Dec" },
          admin
        )
        expect(removed.company).toMatchObject({ credit_limit: null, available_credit: null })
        const [removal] = await historyOf(company.id)
        expect(removal).toMatchObject({
          type: "limit_changed",
          reason: "Ceased trading, see e-mail of 2 Dec",
          from_value: { credit_limit: "5000" },
          to_value: { credit_limit: null },
          actor_display: TEST_ADMIN.email,
        })
        expect(removal.actor_id).toMatch(/^user_/)

        // Once the user has a name, the history shows it.
        await api.post(
          `/admin/users/${removal.actor_id}`,
          { first_name: "Julie", last_name: "Moreau" },
          admin
        )
        await api.post(
          `/admin/companies/${company.id}`,
          { payment_term_id: terms.net_60, reason: "Agreed at the annual review" },
          admin
        )
        const history = await historyOf(company.id)
        expect(history.slice(0, 2).map((e: any) => [e.type, e.reason, e.actor_display])).toEqual([
          ["payment_term_changed", "Agreed at the annual review", "Julie Moreau"],
          ["limit_changed", "Ceased trading, see e-mail of 2 Dec", "Julie Moreau"],
        ])
        await api.post(`/admin/users/${removal.actor_id}`, { first_name: null, last_name: null }, admin)
      })

      it("shows a statement sent on the company's timeline", async () => {
        const company = await createCompany(api, admin)
        const [{ actor_id }] = await historyOf(company.id)
        await getContainer()
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .createCreditEvents({
            company_id: company.id,
            type: "statement_sent",
            actor_id,
            reason: null,
            to_value: { recipient: "compta@atelier-martin.fr", from: "2026-09-01", to: "2026-11-30" },
          } as any)
        const [sent] = await historyOf(company.id)
        expect(sent).toMatchObject({
          type: "statement_sent",
          to_value: { recipient: "compta@atelier-martin.fr", from: "2026-09-01", to: "2026-11-30" },
        })
        expect(sent.actor_display).toBeTruthy()
      })
    })

    describe("5. A company on hold shows credit available", () => {
      it("shows the hold first in the admin and no credit to the buyer while it lasts", async () => {
        const { company, buyer } = await companyWithBuyer({ name: "Garage Leroy", credit_limit: "7535.60" })
        const noNote = await settle(
          api.post(`/admin/companies/${company.id}/hold`, { buyer_message: "Call us" }, admin)
        )
        expect(noNote.status).toBe(400)
        expect(noNote.data.message).toBe(
          'Garage Leroy: a reason is required to change the status from active to on hold. Send it as "reason"; it is kept in the credit history.'
        )
        expect(await getCompany(company.id)).toMatchObject({ status: "active", on_hold: false, hold: null })
        const { data: held } = await api.post(
          `/admin/companies/${company.id}/hold`,
          { reason: "Two invoices more than 60 days overdue" },
          admin
        )
        expect(held.company).toMatchObject({
          status: "on_hold",
          on_hold: true,
          hold: {
            reason: "Two invoices more than 60 days overdue",
            buyer_message: null,
            by: { display: TEST_ADMIN.email },
          },
        })
        expect(held.company.hold.by.id).toMatch(/^user_/)
        expect(Math.abs(Date.now() - Date.parse(held.company.hold.since))).toBeLessThan(60_000)

        // The buyer sees no credit, and not the internal note.
        const { data: mine } = await api.get("/store/company", buyer)
        expect(mine.company).toMatchObject({
          credit_limit: 7535.6,
          available_credit: 0,
          on_hold: true,
          hold_message: NEUTRAL_HOLD,
        })
        expect(JSON.stringify(mine)).not.toContain("overdue")

        // The customer's page in the admin shows the hold too.
        const { data: widget } = await api.get(`/admin/customers/${buyer.customer.id}/company`, admin)
        expect(widget.company).toMatchObject({
          on_hold: true,
          hold: { reason: "Two invoices more than 60 days overdue" },
        })
        const { data: list } = await api.get("/admin/companies?q=leroy", admin)
        expect(list.companies[0]).toMatchObject({ on_hold: true })

        // A release needs its reason like any status change; refused, the hold stays.
        const noReason = await settle(api.post(`/admin/companies/${company.id}/release`, {}, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("the status from on hold to active")
        expect((await api.get("/store/company", buyer)).data.company).toMatchObject({
          on_hold: true,
          available_credit: 0,
        })

        const { data: released } = await api.post(
          `/admin/companies/${company.id}/release`,
          { reason: "Paid by transfer" },
          admin
        )
        expect(released.company).toMatchObject({
          status: "active",
          on_hold: false,
          hold: null,
          hold_reason: null,
        })
        expect((await api.get("/store/company", buyer)).data.company).toMatchObject({
          available_credit: 7535.6,
          on_hold: false,
          hold_message: null,
        })
      })
    })

    describe("6. The hold reason is sent to the buyer verbatim", () => {
      it("tells the buyer the message written for them, never the internal note", async () => {
        const { company, buyer } = await companyWithBuyer({ name: "Garage Leroy" })
        const cart = await cartOnAccount(buyer)
        await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
        const before = await orderCount()
        const message = "Please call Julie at 04 72 00 00 00 to settle your account."
        await api.post(
          `/admin/companies/${company.id}/hold`,
          { reason: "Owner unreachable, cheque bounced twice", buyer_message: message },
          admin
        )

        const refused = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, buyer))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          `Your company's account is on hold: pay on account is not available. ${message}`
        )
        expect(await orderCount()).toBe(before)
        const other = await cartOnAccount(buyer)
        const session = await settle(choosePayment(api, buyer, other.id, ON_ACCOUNT_PROVIDER_ID))
        expect(session.status).toBe(400)
        expect(session.data.message).not.toContain("cheque")
        expect((await api.get("/store/company", buyer)).data.company.hold_message).toContain(message)

        const detail = await getCompany(company.id)
        expect(detail.hold).toMatchObject({
          reason: "Owner unreachable, cheque bounced twice",
          buyer_message: message,
        })
        const [hold] = await historyOf(company.id)
        expect(hold).toMatchObject({
          type: "hold",
          reason: "Owner unreachable, cheque bounced twice",
          to_value: { status: "on_hold", buyer_message: message },
        })

        // A second hold is refused and leaves the first as it was.
        const again = await settle(
          api.post(`/admin/companies/${company.id}/hold`, { reason: "other" }, admin)
        )
        expect(again.status).toBe(409)
        expect((await getCompany(company.id)).hold).toEqual(detail.hold)
      })
    })
  },
})
