import { MedusaError } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CompanyEvents } from "../../src/modules/company/events"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { updateCompanyWorkflow } from "../../src/workflows/company/update-company"
import type { Headers } from "../helpers/admin"
import { addBuyer, createCompany, settle } from "../helpers/b2b"
import { buildCart, choosePayment } from "../helpers/checkout"
import { type EventRecorder, recordEvents } from "../helpers/events"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer } from "../helpers/store"

jest.setTimeout(240_000)

// What a host project's rules look like: its own sentence, for its own case.
const HOST_REFUSAL = "Our ERP has no account for this company name yet: create it there first."
const REFUSED_BY_HOST = "Name the ERP does not know"
const ROLLED_BACK = "Name whose update a later hook refuses"
const ROLLBACK_REFUSAL = "The ERP could not store this change: nothing was changed."

const COMPANY_PREFIXES = ["company.", "order.credit_refused"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants: variantIds } = useSeededStore(api, getContainer)
    let events: EventRecorder
    let actorId: string

    beforeAll(async () => {
      events = recordEvents(getContainer())
      actorId = (await api.get("/admin/users/me", admin)).data.user.id
      updateCompanyWorkflow.hooks.validate(({ input }) => {
        if (input.changes.name === REFUSED_BY_HOST) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, HOST_REFUSAL)
        }
      })
      updateCompanyWorkflow.hooks.companyUpdated(({ company }) => {
        if (company.name === ROLLED_BACK) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, ROLLBACK_REFUSAL)
        }
      })
    })

    afterAll(() => events.stop())

    /** Lets the events of the test's setup arrive, then forgets them. */
    async function startRecording() {
      await events.settle()
      events.clear()
    }

    /** Exactly one event of that name, returned; and no other company event than `others`. */
    async function once(name: string) {
      await events.waitFor(name)
      await events.settle()
      const seen = events.named(name)
      expect(seen).toHaveLength(1)
      return seen[0].data
    }

    async function expectNoEvent() {
      await events.settle()
      expect(events.list(...COMPANY_PREFIXES).map((e) => e.name)).toEqual([])
    }

    const getCompany = async (id: string) => (await api.get(`/admin/companies/${id}`, admin)).data.company
    const historyOf = async (id: string) =>
      (await api.get(`/admin/companies/${id}/credit-history`, admin)).data.credit_events

    /**
     * Sends an update to a new company that must be refused with 400, and checks it left no trace: no
     * event, no credit history entry, the company still `unchanged`. Returns the refusal's message.
     */
    async function expectRefusedUpdate(changes: Record<string, unknown>, unchanged: Record<string, unknown>) {
      const company = await createCompany(api, admin)
      const history = await historyOf(company.id)
      await startRecording()
      const refused = await settle(api.post(`/admin/companies/${company.id}`, changes, admin))
      expect(refused.status).toBe(400)
      await expectNoEvent()
      expect(await getCompany(company.id)).toMatchObject(unchanged)
      expect(await historyOf(company.id)).toEqual(history)
      return refused.data.message as string
    }

    describe("company.created / updated / deleted", () => {
      it("emits company.created once with the company's credit settings", async () => {
        await startRecording()
        const company = await createCompany(api, admin, { payment_term_id: terms.net_30, credit_limit: "5000.50" })
        expect(await once(CompanyEvents.CREATED)).toEqual({
          id: company.id,
          name: "Atelier Martin",
          currency_code: "eur",
          credit_limit: "5000.50",
          payment_term_id: terms.net_30,
          actor_id: actorId,
        })
        expect(events.list(...COMPANY_PREFIXES)).toHaveLength(1)
      })

      it("emits nothing and creates nothing when a create is refused", async () => {
        await startRecording()
        const refused = await settle(createCompany(api, admin, { payment_term_id: "pterm_missing" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("Payment term pterm_missing does not exist")
        await expectNoEvent()
        expect((await api.get("/admin/companies", admin)).data.count).toBe(0)
      })

      it("emits company.updated and company.credit_limit_changed once when the limit changes", async () => {
        const company = await createCompany(api, admin)
        await startRecording()
        await api.post(
          `/admin/companies/${company.id}`,
          { credit_limit: "7500.50", billing_email: "factures@atelier-martin.fr", language: "fr", reason: "annual review" },
          admin
        )
        expect(await once(CompanyEvents.CREDIT_LIMIT_CHANGED)).toEqual({
          company_id: company.id,
          from: "5000",
          to: "7500.5",
          currency_code: "eur",
          reason: "annual review",
          actor_id: actorId,
        })
        const updated = await once(CompanyEvents.UPDATED)
        expect(updated).toMatchObject({ id: company.id, actor_id: actorId })
        expect([...updated.changed].sort()).toEqual(["billing_email", "credit_limit", "language"])
        expect(events.list(...COMPANY_PREFIXES)).toHaveLength(2)
        expect(await getCompany(company.id)).toMatchObject({ language: "fr", credit_limit: 7500.5 })
      })

      it("emits company.updated only when nothing credit related changes", async () => {
        const company = await createCompany(api, admin)
        await startRecording()
        await api.post(`/admin/companies/${company.id}`, { billing_email: "ap@atelier-martin.fr", credit_limit: 5000 }, admin)
        expect(await once(CompanyEvents.UPDATED)).toEqual({ id: company.id, changed: ["billing_email"], actor_id: actorId })
        expect(events.list(...COMPANY_PREFIXES)).toHaveLength(1)
      })

      it("emits nothing and writes nothing when an update is refused for its missing reason", async () => {
        await expectRefusedUpdate(
          { credit_limit: null, billing_email: "x@y.fr" },
          { credit_limit: 5000, billing_email: "compta@atelier-martin.fr" }
        )
      })

      it("answers a host's validate hook refusal with its message, writing and emitting nothing", async () => {
        const message = await expectRefusedUpdate(
          { name: REFUSED_BY_HOST, credit_limit: 100, reason: "new owner" },
          { name: "Atelier Martin", credit_limit: 5000 }
        )
        expect(message).toBe(HOST_REFUSAL)
      })

      it("rolls an update back when a later hook fails: previous values, no history entry, no event", async () => {
        const message = await expectRefusedUpdate(
          { name: ROLLED_BACK, credit_limit: 100, status: "on_hold", reason: "new owner" },
          { name: "Atelier Martin", credit_limit: 5000, status: "active", hold: null }
        )
        expect(message).toBe(ROLLBACK_REFUSAL)
      })

      it("emits company.deleted once; an unknown company emits nothing", async () => {
        const company = await createCompany(api, admin)
        await startRecording()
        const missing = await settle(api.delete("/admin/companies/comp_missing", admin))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("Company comp_missing was not found")
        await expectNoEvent()
        await api.delete(`/admin/companies/${company.id}`, admin)
        expect(await once(CompanyEvents.DELETED)).toEqual({ id: company.id, actor_id: actorId })
      })
    })

    describe("company.hold_placed / hold_released", () => {
      it("emits each once; a second hold or release is refused with 409 and emits nothing", async () => {
        const company = await createCompany(api, admin, { name: "Garage Leroy" })
        await startRecording()
        await api.post(
          `/admin/companies/${company.id}/hold`,
          { reason: "Two invoices 60 days late", buyer_message: "Please call us." },
          admin
        )
        expect(await once(CompanyEvents.HOLD_PLACED)).toEqual({
          company_id: company.id,
          reason: "Two invoices 60 days late",
          buyer_message: "Please call us.",
          automatic: false,
          actor_id: actorId,
        })
        expect(await once(CompanyEvents.UPDATED)).toEqual({ id: company.id, changed: ["status"], actor_id: actorId })
        const held = (await getCompany(company.id)).hold

        events.clear()
        const again = await settle(api.post(`/admin/companies/${company.id}/hold`, { reason: "other" }, admin))
        expect(again.status).toBe(409)
        expect(again.data.message).toBe(
          "Company Garage Leroy is already on hold (Two invoices 60 days late); release it first to put a new hold."
        )
        await expectNoEvent()
        expect((await getCompany(company.id)).hold).toEqual(held)

        await api.post(`/admin/companies/${company.id}/release`, { reason: "Paid" }, admin)
        expect(await once(CompanyEvents.HOLD_RELEASED)).toEqual({ company_id: company.id, reason: "Paid", actor_id: actorId })

        events.clear()
        const notHeld = await settle(api.post(`/admin/companies/${company.id}/release`, { reason: "again" }, admin))
        expect(notHeld.status).toBe(409)
        expect(notHeld.data.message).toBe("Company Garage Leroy is not on hold (status: active)")
        await expectNoEvent()
      })

      it("emits company.hold_placed when an update moves the status to on hold", async () => {
        const company = await createCompany(api, admin)
        await startRecording()
        await api.post(`/admin/companies/${company.id}`, { status: "on_hold", reason: "late" }, admin)
        expect(await once(CompanyEvents.HOLD_PLACED)).toEqual({
          company_id: company.id,
          reason: "late",
          buyer_message: null,
          automatic: false,
          actor_id: actorId,
        })
        expect(await once(CompanyEvents.UPDATED)).toMatchObject({ changed: ["status"] })
      })
    })

    describe("company.buyer_added / buyer_role_changed / buyer_removed", () => {
      it("emits each once per change, and nothing for a refused one", async () => {
        const martin = await createCompany(api, admin)
        const leroy = await createCompany(api, admin, { name: "Garage Leroy" })
        const claire = await registerCustomer(api, store.publishableKey, { email: "claire@atelier-martin.fr" })
        const buyer = { company_id: martin.id, customer_id: claire.customer.id, actor_id: actorId }
        await startRecording()

        await addBuyer(api, admin, martin.id, claire.customer.id)
        expect(await once(CompanyEvents.BUYER_ADDED)).toEqual({ ...buyer, role: "buyer" })

        events.clear()
        await addBuyer(api, admin, martin.id, claire.customer.id, "admin")
        expect(await once(CompanyEvents.BUYER_ROLE_CHANGED)).toEqual({ ...buyer, role: "admin", previous_role: "buyer" })
        expect(events.named(CompanyEvents.BUYER_ADDED)).toEqual([])

        events.clear()
        const elsewhere = await settle(addBuyer(api, admin, leroy.id, claire.customer.id))
        expect(elsewhere.status).toBe(409)
        expect(elsewhere.data.message).toBe(
          "claire@atelier-martin.fr is already a buyer of Atelier Martin; a customer buys for one company only."
        )
        await expectNoEvent()
        expect((await getCompany(leroy.id)).buyers).toEqual([])

        await api.delete(`/admin/companies/${martin.id}/buyers/${claire.customer.id}`, admin)
        expect(await once(CompanyEvents.BUYER_REMOVED)).toEqual({ ...buyer, role: "admin" })

        events.clear()
        const gone = await settle(api.delete(`/admin/companies/${martin.id}/buyers/${claire.customer.id}`, admin))
        expect(gone.status).toBe(404)
        await expectNoEvent()
      })
    })

    describe("company.credit_override_recorded and order.credit_refused", () => {
      // 3 x 10.40 + 10 x 6.50 = 96.20, + 15.00 delivery, + 20 % VAT = 133.44 EUR
      const cartOf = (buyer: Headers) =>
        buildCart(api, buyer, {
          regionId: store.regionId,
          lines: [
            { variant_id: variantIds["FAST-HB-M8-30"], quantity: 3 },
            { variant_id: variantIds["SAFE-GL-C-9"], quantity: 10 },
          ],
        })

      async function companyWithBuyer(company: Record<string, unknown>) {
        const created = await createCompany(api, admin, { payment_term_id: terms.net_30, ...company })
        const buyer = await registerCustomer(api, store.publishableKey, { email: "paul@garage-leroy.fr" })
        await addBuyer(api, admin, created.id, buyer.customer.id)
        return { company: created, buyer }
      }

      it("emits the override once; a second override for the cart is a 409 with nothing emitted", async () => {
        const { company, buyer } = await companyWithBuyer({ credit_limit: 100 })
        const cart = await cartOf(buyer)
        await startRecording()
        const { data } = await api.post(
          `/admin/companies/${company.id}/credit-overrides`,
          { cart_id: cart.id, reason: "Urgent repair" },
          admin
        )
        expect(await once(CompanyEvents.CREDIT_OVERRIDE_RECORDED)).toEqual({
          company_id: company.id,
          cart_id: cart.id,
          override_id: data.credit_override.id,
          reason: "Urgent repair",
          actor_id: actorId,
        })

        events.clear()
        const again = await settle(
          api.post(`/admin/companies/${company.id}/credit-overrides`, { cart_id: cart.id, reason: "twice" }, admin)
        )
        expect(again.status).toBe(409)
        expect(again.data.message).toBe(`Cart ${cart.id} already has a credit override`)
        await expectNoEvent()
        const overrides = (await historyOf(company.id)).filter((e: { type: string }) => e.type === "override")
        expect(overrides).toHaveLength(1)
      })

      it("emits order.credit_refused once when a checkout on account goes over the limit, and reserves nothing", async () => {
        const { company, buyer } = await companyWithBuyer({ credit_limit: "100.50" })
        const cart = await cartOf(buyer)
        await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
        await startRecording()
        const refused = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, buyer))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("Credit limit exceeded: available 100.50 EUR, order total 133.44 EUR")
        expect(await once(CompanyEvents.ORDER_CREDIT_REFUSED)).toEqual({
          cart_id: cart.id,
          company_id: company.id,
          customer_id: buyer.customer.id,
          code: "limit_exceeded",
          message: "Credit limit exceeded: available 100.50 EUR, order total 133.44 EUR",
          amount: "133.44",
          available_credit: "100.5",
          currency_code: "eur",
        })
        expect(await getCompany(company.id)).toMatchObject({ exposure: 0, available_credit: 100.5 })
      })

      it("emits order.credit_refused with code on_hold for a company put on hold after the payment was chosen", async () => {
        const { company, buyer } = await companyWithBuyer({ credit_limit: 5000 })
        const cart = await cartOf(buyer)
        await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
        await api.post(`/admin/companies/${company.id}/hold`, { reason: "cheque bounced" }, admin)
        await startRecording()
        const refused = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, buyer))
        expect(refused.status).toBe(400)
        const event = await once(CompanyEvents.ORDER_CREDIT_REFUSED)
        expect(event).toMatchObject({ cart_id: cart.id, company_id: company.id, code: "on_hold", amount: "133.44" })
        expect(JSON.stringify(event)).not.toContain("cheque")
      })
    })
  },
})
