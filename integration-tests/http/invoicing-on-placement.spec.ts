import { MathBN, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, eventually, settle } from "../helpers/b2b"
import { buildCart, choosePayment, TEST_ADDRESS } from "../helpers/checkout"
import { validateEn16931Many } from "../helpers/en16931"
import { documentsOf, shipAll } from "../helpers/invoicing"
import { setUpSuite, useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// This app invoices orders as soon as they are placed.
process.env.O2C_INVOICE_TRIGGER = "order_placed"

const cents = (amount: number) => Number(MathBN.convert(amount).decimalPlaces(2, 4).toFixed(2))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })
    let buyer: StoreCustomer
    let companyId: string

    setUpSuite(setUp)

    async function setUp() {
      const { data } = await api.get("/admin/product-variants?fields=sku,product_id&limit=100", admin)
      const productIds: Record<string, string> = Object.fromEntries(
        data.variants.map((v: { sku: string; product_id: string }) => [v.sku, v.product_id])
      )

      // Mixed VAT: gloves at 5.5 %, everything else at France's 20 %.
      const { data: regions } = await api.get("/admin/tax-regions?country_code=fr", admin)
      await api.post(
        "/admin/tax-rates",
        {
          tax_region_id: regions.tax_regions[0].id,
          name: "Reduced rate",
          code: "FR-RED",
          rate: 5.5,
          rules: [{ reference: "product", reference_id: productIds["SAFE-GL-C-9"] }],
        },
        admin
      )
      // Promotions: 15 % off the bolts; 7.33 EUR off the whole order; everything free.
      const promotion = (code: string, application_method: Record<string, unknown>) =>
        api.post("/admin/promotions", { code, type: "standard", status: "active", application_method }, admin)
      await promotion("BOLTS15", {
        type: "percentage",
        target_type: "items",
        allocation: "each",
        max_quantity: 1000,
        value: 15,
        target_rules: [
          { attribute: "items.product.id", operator: "in", values: [productIds["FAST-HB-M8-30"]] },
        ],
      })
      await promotion("ORDER733", {
        type: "fixed",
        target_type: "order",
        allocation: "across",
        value: 7.33,
        currency_code: "eur",
      })
      await promotion("ALLFREE", {
        type: "percentage",
        target_type: "order",
        allocation: "across",
        value: 100,
      })
      await promotion("FREESHIP", {
        type: "percentage",
        target_type: "shipping_methods",
        allocation: "each",
        max_quantity: 1,
        value: 100,
      })

      const company = await createCompany(api, admin, {
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms.net_30,
        credit_limit: 100_000,
      })
      companyId = company.id
      buyer = await registerCustomer(api, store.publishableKey, { email: "buyer@placement.example" })
      await addBuyer(api, admin, company.id, buyer.customer.id, "admin")
    }

    async function placeOrder(
      who: StoreCustomer,
      lines: Array<[string, number]>,
      {
        promoCodes = [],
        provider = ON_ACCOUNT_PROVIDER_ID,
      }: { promoCodes?: string[]; provider?: string } = {}
    ) {
      const cart = await buildCart(api, who, {
        regionId: store.regionId,
        lines: lines.map(([sku, quantity]) => ({ variant_id: variants[sku], quantity })),
      })
      if (promoCodes.length) {
        await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: promoCodes }, who)
      }
      await choosePayment(api, who, cart.id, provider)
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, who)
      expect(data.type).toBe("order")
      const { data: read } = await api.get(
        `/admin/orders/${data.order.id}?fields=id,total,tax_total,subtotal,discount_total,shipping_total,*items`,
        admin
      )
      return read.order
    }

    // First, while no Chromium has been launched yet in this app: a warm
    // browser would render whatever CHROMIUM_PATH says.
    it("shows a failed PDF render on the invoice, keeps it issued, and renders it on retry", async () => {
      process.env.CHROMIUM_PATH = "/nonexistent/chromium"
      let invoiceId: string
      try {
        const order = await placeOrder(buyer, [["SAFE-GL-C-9", 1]])
        const failed = await eventually(async () => {
          const { data } = await api.get(`/admin/invoices?order_id=${order.id}`, admin)
          expect(data.invoices[0]?.render_status).toBe("failed")
          return data.invoices[0]
        }, 30_000)
        invoiceId = failed.id
        expect(failed.number).toMatch(/^INV-/)
        expect(failed.render_error).toMatch(/Chromium not found at \/nonexistent\/chromium/)
        const pdf = await settle(api.get(`/admin/invoices/${failed.id}/pdf`, admin))
        expect(pdf.status).toBe(409)
        expect(pdf.data.message).toMatch(/not rendered yet/)
        expect(failed.delivery_status).toBe("not_sent")
      } finally {
        delete process.env.CHROMIUM_PATH
      }
      const { data: retried } = await api.post(`/admin/invoices/${invoiceId}/render`, {}, admin)
      expect(retried.invoice).toMatchObject({
        render_status: "rendered",
        render_attempts: 2,
        render_error: null,
        delivery_status: "sent",
      })
    })

    it("equals Medusa's own order totals to the cent on orders with mixed rates, promotions and shipping", async () => {
      const cases: Array<{ lines: Array<[string, number]>; promoCodes?: string[] }> = [
        { lines: [["FAST-HB-M8-30", 3]] },
        {
          lines: [
            ["FAST-HB-M8-30", 7],
            ["SAFE-GL-C-9", 3],
          ],
        },
        {
          lines: [
            ["FAST-HB-M8-30", 7],
            ["SAFE-GL-C-9", 13],
          ],
          promoCodes: ["BOLTS15"],
        },
        {
          lines: [
            ["FAST-HB-M8-30", 1],
            ["SAFE-GL-C-9", 1],
          ],
          promoCodes: ["ORDER733"],
        },
        {
          lines: [
            ["FAST-HB-M8-30", 11],
            ["SAFE-GL-C-9", 9],
          ],
          promoCodes: ["BOLTS15", "ORDER733"],
        },
        { lines: [["SAFE-GL-C-9", 17]], promoCodes: ["FREESHIP"] },
      ]
      const checked: Array<{ order: any; invoice: any }> = []
      for (const { lines, promoCodes } of cases) {
        const order = await placeOrder(buyer, lines, { promoCodes })
        const [invoice] = await documentsOf(api, admin, order.id)
        checked.push({ order, invoice: (await api.get(`/admin/invoices/${invoice.id}`, admin)).data.invoice })
      }
      for (const { order, invoice } of checked) {
        expect({ order: order.id, total: invoice.total, tax: invoice.tax_total }).toEqual({
          order: order.id,
          total: cents(order.total),
          tax: cents(order.tax_total),
        })
        // VAT per rate, as the breakdown prints it, adds up to the tax total.
        const rates = invoice.tax_breakdown.map((r: any) => r.tax_rate).sort()
        const sumTax = invoice.tax_breakdown.reduce((acc: any, r: any) => MathBN.add(acc, r.tax_amount), 0)
        expect(cents(MathBN.convert(sumTax).toNumber())).toBe(invoice.tax_total)
        expect(rates.every((r: string) => ["20", "5.5"].includes(r))).toBe(true)
      }
      // At least one invoice mixes both rates and carries a discount.
      expect(
        checked.some(
          ({ invoice }) =>
            invoice.tax_breakdown.length === 2 && invoice.lines.some((l: any) => Number(l.discount) > 0)
        )
      ).toBe(true)
      // Every one of them is a valid EN 16931 e-invoice, in both syntaxes.
      for (const syntax of ["cii", "ubl"] as const) {
        const xmls = await Promise.all(
          checked.map(
            async ({ invoice }) =>
              (await api.get(`/admin/invoices/${invoice.id}/xml?format=${syntax}`, admin)).data
          )
        )
        expect(validateEn16931Many(xmls, syntax).map((r) => r.fatal)).toEqual(xmls.map(() => []))
      }
    })

    it("credits the received quantities of a return on the invoice that charged them", async () => {
      const order = await placeOrder(buyer, [
        ["FAST-HB-M8-30", 5],
        ["SAFE-GL-C-9", 4],
      ])
      const [invoice] = await documentsOf(api, admin, order.id)
      const gloves = order.items.find((i: any) => i.variant_sku === "SAFE-GL-C-9")

      // Shipped (no new invoice: the order was invoiced when placed), then 2 pairs of gloves come back.
      await shipAll(api, admin, order, store.stockLocationId)
      const { data: created } = await api.post(
        "/admin/returns",
        { order_id: order.id, location_id: store.stockLocationId },
        admin
      )
      const returnId = created.return.id
      await api.post(
        `/admin/returns/${returnId}/request-items`,
        { items: [{ id: gloves.id, quantity: 2 }] },
        admin
      )
      await api.post(`/admin/returns/${returnId}/request`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
      await api.post(
        `/admin/returns/${returnId}/receive-items`,
        { items: [{ id: gloves.id, quantity: 2 }] },
        admin
      )
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)

      const [creditNote] = await documentsOf(api, admin, order.id, { kind: "credit_note" })
      const { data: note } = await api.get(`/admin/invoices/${creditNote.id}`, admin)
      expect(note.invoice.corrects.id).toBe(invoice.id)
      expect(note.invoice.reason).toBe("Goods returned")
      expect(note.invoice.lines).toEqual([
        expect.objectContaining({ sku: "SAFE-GL-C-9", quantity: 2, tax_rate: "5.5" }),
      ])
      expect(note.invoice.shipping).toEqual([])

      await documentsOf(api, admin, order.id)
      const { data: credited } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      expect(credited.invoice.lines.find((l: any) => l.sku === "SAFE-GL-C-9").creditable_quantity).toBe(2)
    })

    it("credits a canceled invoiced order in full and gives its company's credit back", async () => {
      const before = (await api.get(`/admin/companies/${companyId}`, admin)).data.company
      const order = await placeOrder(buyer, [["FAST-HB-M8-30", 2]])
      const [invoice] = await documentsOf(api, admin, order.id)
      await eventually(async () => {
        const invoiced = (await api.get(`/admin/companies/${companyId}`, admin)).data.company
        expect(cents(invoiced.receivables_exposure - before.receivables_exposure)).toBe(invoice.total)
        expect(invoiced.uninvoiced_exposure).toBe(before.uninvoiced_exposure)
      })

      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const [creditNote] = await documentsOf(api, admin, order.id, { kind: "credit_note" })
      expect(creditNote.total).toBe(invoice.total)
      expect(creditNote.reason).toBe("Order canceled")
      await eventually(async () => {
        const after = (await api.get(`/admin/companies/${companyId}`, admin)).data.company
        expect(after.receivables_exposure).toBe(before.receivables_exposure)
        expect(after.uninvoiced_exposure).toBe(before.uninvoiced_exposure)
      })
    })

    it("never credits the same units twice when two credit notes race", async () => {
      const order = await placeOrder(buyer, [["SAFE-GL-C-9", 3]])
      const [invoice] = await documentsOf(api, admin, order.id)
      const attempts = await Promise.all(
        Array.from({ length: 6 }, () =>
          settle(api.post(`/admin/invoices/${invoice.id}/credit-notes`, { reason: "Refused" }, admin))
        )
      )
      expect(attempts.filter((a) => a.status === 201)).toHaveLength(1)
      for (const refused of attempts.filter((a) => a.status !== 201)) {
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/Nothing left to credit/)
      }
    })

    it("invoices a customer who buys for no company from the billing address, and a free order at zero", async () => {
      const individual = await registerCustomer(api, store.publishableKey, { email: "someone@example.com" })
      const paid = await placeOrder(individual, [["SAFE-GL-C-9", 1]], { provider: "pp_system_default" })
      const [invoice] = await documentsOf(api, admin, paid.id)
      expect(invoice.buyer.legal_name).toBe(TEST_ADDRESS.company)
      expect(invoice.total).toBe(cents(paid.total))
      const { data: detail } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      expect(detail.invoice.company_id).toBeNull()
      expect(detail.invoice.payment_terms_text).toBe("Paid at checkout")
      // They see it in the store, and only it.
      const { data: theirs } = await api.get("/store/invoices", individual)
      expect(theirs.invoices.map((i: any) => i.id)).toEqual([invoice.id])

      const free = await placeOrder(individual, [["SAFE-GL-C-9", 2]], {
        promoCodes: ["ALLFREE", "FREESHIP"],
        provider: "pp_system_default",
      })
      expect(free.total).toBe(0)
      const [zero] = await documentsOf(api, admin, free.id)
      expect(zero.total).toBe(0)
      const ubl = (await api.get(`/admin/invoices/${zero.id}/xml?format=ubl`, admin)).data
      expect(validateEn16931Many([ubl], "ubl")[0].fatal).toEqual([])
    })

    it("credits a refund with no goods back as price reductions, and a refund of a return not twice", async () => {
      const individual = await registerCustomer(api, store.publishableKey, { email: "refunded@example.com" })
      const order = await placeOrder(
        individual,
        [
          ["FAST-HB-M8-30", 3],
          ["SAFE-GL-C-9", 2],
        ],
        { provider: "pp_system_default" }
      )
      const [invoice] = await documentsOf(api, admin, order.id)
      const { data: paid } = await api.get(
        `/admin/orders/${order.id}?fields=payment_collections.payments.id`,
        admin
      )
      const paymentId = paid.order.payment_collections[0].payments[0].id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)

      // A goodwill refund: 5.00 EUR back, goods kept.
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 5, note: "late delivery" }, admin)
      const [note] = await documentsOf(api, admin, order.id, { kind: "credit_note" })
      expect(note.total).toBe(5)
      expect(note.reason).toBe("Refund: late delivery")
      const { data: detail } = await api.get(`/admin/invoices/${note.id}`, admin)
      expect(detail.invoice.corrects.id).toBe(invoice.id)
      for (const line of detail.invoice.lines) {
        expect(line).toMatchObject({ quantity: 1, price_reduction: true })
      }
      expect(new Set(detail.invoice.tax_breakdown.map((r: any) => r.tax_rate))).toEqual(
        new Set(["20", "5.5"])
      )
      for (const syntax of ["cii", "ubl"] as const) {
        const xml = (await api.get(`/admin/invoices/${note.id}/xml?format=${syntax}`, admin)).data
        expect(validateEn16931Many([xml], syntax)[0].fatal).toEqual([])
      }
      // No units left the invoice: everything can still be returned.
      const { data: after } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      expect(after.invoice.lines.map((l: any) => l.creditable_quantity).sort()).toEqual([2, 3])

      // A refund that pays back a credit note already issued creates nothing more.
      const { data: manual } = await api.post(
        `/admin/invoices/${invoice.id}/credit-notes`,
        {
          reason: "Gloves damaged",
          lines: [
            { position: after.invoice.lines.find((l: any) => l.sku === "SAFE-GL-C-9").position, quantity: 1 },
          ],
        },
        admin
      )
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: manual.credit_note.total }, admin)
      await new Promise((r) => setTimeout(r, 1500))
      expect((await api.get(`/admin/credit-notes?order_id=${order.id}`, admin)).data.count).toBe(2)
    })

    it("invoices a JPY order in whole yen, and refuses a KWD order with a clear error", async () => {
      const orders = getContainer().resolve(Modules.ORDER)
      const billing = { ...TEST_ADDRESS }
      const order = (currency: string, unit_price: number) =>
        (orders.createOrders as (data: object) => Promise<{ id: string }>)({
          currency_code: currency,
          email: "buyer@placement.example",
          billing_address: billing,
          shipping_address: billing,
          items: [
            { title: "Hex bolts", quantity: 3, unit_price, tax_lines: [{ rate: 10, code: "TEN" }] } as any,
          ],
        } as any)
      const jpy = await order("jpy", 1333)
      const { data } = await api.post(`/admin/orders/${jpy.id}/invoices`, {}, admin)
      // 3 × 1,333 = 3,999 + 10 % = 399.9 -> 400: 4,399 JPY.
      expect(data.invoice).toMatchObject({
        currency_code: "jpy",
        subtotal: 3999,
        tax_total: 400,
        total: 4399,
      })

      const kwd = await order("kwd", 1.125)
      const refused = await settle(api.post(`/admin/orders/${kwd.id}/invoices`, {}, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/KWD has 3 decimals; EN 16931 e-invoices carry at most 2/)
      expect((await api.get(`/admin/invoices?order_id=${kwd.id}`, admin)).data.count).toBe(0)
    })
  },
})
