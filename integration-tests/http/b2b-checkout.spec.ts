import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import type { Headers } from "../helpers/admin"
import { addBuyer, createCompany, eventually, settle } from "../helpers/b2b"
import { buildCart, choosePayment, completeCart } from "../helpers/checkout"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer } from "../helpers/store"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants: variantIds } = useSeededStore(api, getContainer)

    // 3 x 10.40 + 10 x 6.50 = 96.20, + 15.00 delivery, + 20 % VAT = 133.44 EUR
    const standardLines = () => [
      { variant_id: variantIds["FAST-HB-M8-30"], quantity: 3 },
      { variant_id: variantIds["SAFE-GL-C-9"], quantity: 10 },
    ]

    async function companyWithBuyer(
      company: Record<string, unknown> = {},
      email = "claire@atelier-martin.fr"
    ) {
      const created = await createCompany(api, admin, { payment_term_id: terms.net_30, ...company })
      const buyer = await registerCustomer(api, store.publishableKey, { email })
      await addBuyer(api, admin, created.id, buyer.customer.id, "admin")
      return { company: created, buyer }
    }

    async function checkoutOnAccount(buyer: Headers, lines = standardLines()) {
      const cart = await buildCart(api, buyer, { regionId: store.regionId, lines })
      await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
      return { cart, result: await settle(api.post(`/store/carts/${cart.id}/complete`, {}, buyer)) }
    }

    const getCompany = async (id: string) => (await api.get(`/admin/companies/${id}`, admin)).data.company
    const orderCount = async () => (await api.get("/admin/orders?fields=id&limit=1", admin)).data.count

    it("places an order on account, counts it in the company's exposure and keeps its payment term", async () => {
      const { company, buyer } = await companyWithBuyer()
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${store.regionId}`, buyer)
      expect(providers.payment_providers.map((p: { id: string }) => p.id)).toContain(ON_ACCOUNT_PROVIDER_ID)

      const { result } = await checkoutOnAccount(buyer)
      expect(result.status).toBe(200)
      expect(result.data.type).toBe("order")
      const order = result.data.order
      expect(order.total).toBe(133.44)

      const { data: mine } = await api.get("/store/company", buyer)
      expect(mine.company).toMatchObject({
        id: company.id,
        role: "admin",
        credit_limit: 5000,
        exposure: 133.44,
        available_credit: 4866.56,
        payment_term: { code: "net_30" },
      })

      // The order is linked to its company by the order.placed subscriber.
      await eventually(async () => {
        const { data: read } = await api.get(
          `/admin/orders/${order.id}?fields=payment_status,company.id`,
          admin
        )
        expect(read.order.payment_status).toBe("authorized")
        expect(read.order.company?.id).toBe(company.id)
      })

      // A later edit of the template never changes the order's term.
      await api.post(
        `/admin/payment-terms/${terms.net_30}`,
        {
          name: "Net 30 (edited)",
          instalments: [{ portion_percent: 100, rule: { type: "days_after_invoice", days: 45 } }],
        },
        admin
      )
      const commitment = await eventually(async () => {
        const { data } = await api.get(`/admin/companies/${company.id}?fields=commitments.*`, admin)
        const [c] = data.company.commitments
        expect(c).toMatchObject({ status: "open", order_id: order.id })
        return c
      })
      expect(commitment.payment_term).toMatchObject({
        code: "net_30",
        name: "Net 30",
        instalments: [{ portion_percent: 100, rule: { type: "days_after_invoice", days: 30 } }],
      })
    })

    it("refuses an order over the available credit with a clear message, and places nothing", async () => {
      const { company, buyer } = await companyWithBuyer({ credit_limit: 100 })
      const before = await orderCount()

      const { cart, result } = await checkoutOnAccount(buyer)
      expect(result.status).toBe(400)
      expect(result.data.message).toBe("Credit limit exceeded: available 100.00 EUR, order total 133.44 EUR")
      expect(await orderCount()).toBe(before)
      expect((await getCompany(company.id)).exposure).toBe(0)
      const { data } = await api.get(`/store/carts/${cart.id}`, buyer)
      expect(data.cart.completed_at).toBeFalsy()
    })

    it("refuses pay on account while the company is on hold", async () => {
      const { company, buyer } = await companyWithBuyer()
      const cart = await buildCart(api, buyer, { regionId: store.regionId, lines: standardLines() })
      await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
      await api.post(`/admin/companies/${company.id}/hold`, { reason: "cheque bounced" }, admin)

      const refused = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, buyer))
      expect(refused.status).toBe(400)
      // The hold's reason is an internal note: the buyer reads a neutral sentence (issue 11, point 6).
      expect(refused.data.message).toBe(
        "Your company's account is on hold: pay on account is not available, please contact us."
      )
      // ...and it is no longer offered nor selectable.
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${store.regionId}`, buyer)
      expect(providers.payment_providers.map((p: { id: string }) => p.id)).not.toContain(
        ON_ACCOUNT_PROVIDER_ID
      )
      const other = await buildCart(api, buyer, { regionId: store.regionId, lines: standardLines() })
      const session = await settle(choosePayment(api, buyer, other.id, ON_ACCOUNT_PROVIDER_ID))
      expect(session.status).toBe(400)
      expect((await getCompany(company.id)).exposure).toBe(0)
    })

    it("refuses a cart in another currency than the company's", async () => {
      const { buyer } = await companyWithBuyer({ name: "Dollar Parts", currency_code: "usd" })
      const { result } = await checkoutOnAccount(buyer)
      expect(result.status).toBe(400)
      expect(result.data.message).toBe("Pay on account is in USD for Dollar Parts; this cart is in EUR.")
    })

    it("does not offer pay on account to a customer without a company, nor let them choose it", async () => {
      const loner = await registerCustomer(api, store.publishableKey, { email: "loner@example.fr" })
      const { data } = await api.get(`/store/payment-providers?region_id=${store.regionId}`, loner)
      expect(data.payment_providers.map((p: { id: string }) => p.id)).toEqual(["pp_system_default"])
      const cart = await buildCart(api, loner, { regionId: store.regionId, lines: standardLines() })
      const session = await settle(choosePayment(api, loner, cart.id, ON_ACCOUNT_PROVIDER_ID))
      expect(session.status).toBe(400)
      expect(session.data.message).toBe("Pay on account is only available to buyers of a company account.")
    })

    it("lets an admin approve one over-limit cart, and records who and why", async () => {
      const { company, buyer } = await companyWithBuyer({ credit_limit: 100 })
      const cart = await buildCart(api, buyer, { regionId: store.regionId, lines: standardLines() })
      await api.post(
        `/admin/companies/${company.id}/credit-overrides`,
        { cart_id: cart.id, reason: "Urgent repair, MD approved" },
        admin
      )
      const placed = await completeCart(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
      expect(placed.type).toBe("order")
      expect((await getCompany(company.id)).exposure).toBe(133.44)

      // The override was for that cart only.
      const next = await checkoutOnAccount(buyer)
      expect(next.result.status).toBe(400)

      const { data } = await api.get(`/admin/companies/${company.id}/credit-history`, admin)
      const override = data.credit_events.find((e: { type: string }) => e.type === "override")
      expect(override).toMatchObject({ reason: "Urgent repair, MD approved", to_value: { cart_id: cart.id } })
      expect(override.actor_id).toMatch(/^user_/)
    })

    it("gives the credit back when an on-account order is canceled", async () => {
      const { company, buyer } = await companyWithBuyer()
      const { result } = await checkoutOnAccount(buyer)
      await eventually(async () => {
        const { data } = await api.get(`/admin/companies/${company.id}?fields=commitments.status`, admin)
        expect(data.company.commitments[0].status).toBe("open")
      })
      const deletion = await settle(api.delete(`/admin/companies/${company.id}`, admin))
      expect(deletion.status).toBe(409)
      expect(deletion.data.message).toBe(
        "This company has on-account orders and cannot be deleted; set its status to closed instead."
      )

      await api.post(`/admin/orders/${result.data.order.id}/cancel`, {}, admin)
      await eventually(async () => expect((await getCompany(company.id)).exposure).toBe(0))
      const { data } = await api.get("/admin/o2c/exposure-drift", admin)
      expect(data.drifts).toEqual([])
    })

    it("gives the reservation back when the completion fails after the credit check", async () => {
      const { company, buyer } = await companyWithBuyer()
      const torque = variantIds["TOOL-TW-210"] // 35 in stock
      const cart = await buildCart(api, buyer, {
        regionId: store.regionId,
        lines: [{ variant_id: torque, quantity: 30 }],
      })
      await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
      // Someone else buys most of the stock before our buyer confirms.
      const other = await registerCustomer(api, store.publishableKey, { email: "quick@example.fr" })
      await completeCart(
        api,
        other,
        (
          await buildCart(api, other, {
            regionId: store.regionId,
            lines: [{ variant_id: torque, quantity: 10 }],
          })
        ).id
      )

      const failed = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, buyer))
      expect(failed.status).toBeGreaterThanOrEqual(400)
      expect(failed.data.type === "order").toBe(false)
      const after = await getCompany(company.id)
      expect(after.exposure).toBe(0)
      const { data } = await api.get(`/admin/companies/${company.id}?fields=commitments.status`, admin)
      expect(data.company.commitments.map((c: { status: string }) => c.status)).toEqual(["released"])
    })

    it("never lets concurrent checkouts of one company go over its limit", async () => {
      const lines = [{ variant_id: variantIds["CONS-CT-200"], quantity: 1 }]
      const { company, buyer: first } = await companyWithBuyer({ name: "Race Industries" })
      const buyers = [first]
      for (let i = 1; i < 5; i++) {
        const b = await registerCustomer(api, store.publishableKey, { email: `buyer${i}@race.fr` })
        await addBuyer(api, admin, company.id, b.customer.id)
        buyers.push(b)
      }
      const carts = []
      for (let i = 0; i < 50; i++) {
        const buyer = buyers[i % buyers.length]
        const cart = await buildCart(api, buyer, { regionId: store.regionId, lines })
        await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
        carts.push({ buyer, cart })
      }
      // A limit worth exactly ten of these carts.
      const cartTotal = carts[0].cart.total
      await api.post(
        `/admin/companies/${company.id}`,
        { credit_limit: cartTotal * 10, reason: "race test" },
        admin
      )

      const results = await Promise.all(
        carts.map(({ buyer, cart }) => settle(api.post(`/store/carts/${cart.id}/complete`, {}, buyer)))
      )
      const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
      const refused = results.filter((r) => r.status === 400)
      expect(placed).toHaveLength(10)
      expect(refused).toHaveLength(40)
      for (const r of refused) {
        expect(r.data.message).toMatch(
          /^Credit limit exceeded: available \d+\.\d\d EUR, order total \d+\.\d\d EUR$/
        )
      }
      const after = await getCompany(company.id)
      expect(after.exposure).toBeCloseTo(cartTotal * 10, 2)
      expect(after.available_credit).toBeGreaterThanOrEqual(0)
      const { data } = await api.get("/admin/o2c/exposure-drift", admin)
      expect(data.drifts).toEqual([])
    })
  },
})
