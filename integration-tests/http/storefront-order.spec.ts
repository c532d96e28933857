import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeededStore, seedStore } from "../../src/scripts/seed/store"
import { type Headers, loginAdmin } from "../helpers/admin"
import { placeOrder } from "../helpers/checkout"
import { registerCustomer, storeHeaders } from "../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: SeededStore
    let admin: Headers

    // Runs once; the runner snapshots the database after it and restores that
    // snapshot before every test.
    beforeAll(async () => {
      store = await seedStore(getContainer())
      admin = await loginAdmin(api, getContainer())
    })

    async function variantBySku(sku: string) {
      const { data } = await api.get(
        `/store/products?region_id=${store.regionId}&fields=*variants.calculated_price,variants.sku&limit=100`,
        storeHeaders(store.publishableKey)
      )
      for (const product of data.products) {
        const variant = product.variants.find((v: { sku: string }) => v.sku === sku)
        if (variant) {
          return variant
        }
      }
      throw new Error(`no variant ${sku} in the store`)
    }

    it("offers the seeded catalogue with EUR prices through the store API", async () => {
      const { data } = await api.get(
        `/store/products?region_id=${store.regionId}&fields=title,*variants.calculated_price&limit=100`,
        storeHeaders(store.publishableKey)
      )
      expect(data.count).toBe(22)
      const prices = data.products.flatMap((p: any) => p.variants.map((v: any) => v.calculated_price))
      expect(prices.every((p: any) => p.currency_code === "eur" && p.calculated_amount > 0)).toBe(true)
    })

    it("places an order as a logged-in buyer and the admin reads it back with French VAT", async () => {
      const buyer = await registerCustomer(api, store.publishableKey, { email: "claire@atelier-martin.fr" })
      const bolts = await variantBySku("FAST-HB-M8-30") // 10.40 EUR
      const gloves = await variantBySku("SAFE-GL-C-9") // 6.50 EUR

      const order = await placeOrder(api, buyer, {
        regionId: store.regionId,
        lines: [
          { variant_id: bolts.id, quantity: 3 },
          { variant_id: gloves.id, quantity: 10 },
        ],
      })

      const { data } = await api.get(
        `/admin/orders/${order.id}?fields=*items,*customer,*shipping_methods,total,subtotal,item_subtotal,shipping_subtotal,tax_total,shipping_total,payment_status,currency_code`,
        admin
      )
      const read = data.order
      expect(read.customer.email).toBe("claire@atelier-martin.fr")
      expect(read.currency_code).toBe("eur")
      expect(read.payment_status).toBe("authorized")
      expect(read.items.map((i: any) => [i.variant_sku, i.quantity]).sort()).toEqual([
        ["FAST-HB-M8-30", 3],
        ["SAFE-GL-C-9", 10],
      ])
      // 3 x 10.40 + 10 x 6.50 = 96.20 of goods, 15.00 standard delivery; 20 % VAT on both.
      expect(read.item_subtotal).toBe(96.2)
      expect(read.shipping_subtotal).toBe(15)
      expect(read.subtotal).toBe(111.2)
      expect(read.shipping_total).toBe(18)
      expect(read.tax_total).toBe(22.24)
      expect(read.total).toBe(133.44)
      expect(read.shipping_methods[0].name).toBe("Standard delivery (48 h)")

      const { data: list } = await api.get("/admin/orders?fields=id", admin)
      expect(list.orders.map((o: { id: string }) => o.id)).toContain(order.id)
    })

    it("reserves the ordered stock in the warehouse", async () => {
      const buyer = await registerCustomer(api, store.publishableKey, { email: "stock@atelier-martin.fr" })
      const boots = await variantBySku("SAFE-BT-42") // 60 in stock
      await placeOrder(api, buyer, { regionId: store.regionId, lines: [{ variant_id: boots.id, quantity: 4 }] })

      const { data } = await api.get(
        `/admin/inventory-items?sku=SAFE-BT-42&fields=sku,*location_levels`,
        admin
      )
      const level = data.inventory_items[0].location_levels.find(
        (l: { location_id: string }) => l.location_id === store.stockLocationId
      )
      expect(level.stocked_quantity).toBe(60)
      expect(level.reserved_quantity).toBe(4)
    })

    it("refuses to check out more than the warehouse holds, and leaves stock untouched", async () => {
      const buyer = await registerCustomer(api, store.publishableKey, { email: "bulk@atelier-martin.fr" })
      const torque = await variantBySku("TOOL-TW-210") // 35 in stock
      const attempt = await api
        .post(
          "/store/carts",
          { region_id: store.regionId, items: [{ variant_id: torque.id, quantity: 36 }] },
          buyer
        )
        .catch((e: any) => e.response)
      expect(attempt.status).toBe(400)
      expect(attempt.data.message).toMatch(/inventory/i)

      const { data } = await api.get(`/admin/inventory-items?sku=TOOL-TW-210&fields=*location_levels`, admin)
      expect(data.inventory_items[0].location_levels[0].reserved_quantity).toBe(0)
    })
  },
})
