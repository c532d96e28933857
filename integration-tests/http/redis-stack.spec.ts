import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { seedStore } from "../../src/scripts/seed/store"
import { loginAdmin } from "../helpers/admin"
import { addBuyer, createCompany, settle } from "../helpers/b2b"
import { buildCart, choosePayment, placeOrder } from "../helpers/checkout"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { registerCustomer } from "../helpers/store"

// medusa-config.ts switches every infrastructure module to Redis when
// REDIS_URL is set. A database index of its own keeps this suite's queues
// apart from a demo server running on the same Redis.
const REDIS_URL = process.env.O2C_TEST_REDIS_URL ?? "redis://localhost:6379/15"
process.env.REDIS_URL = REDIS_URL

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("runs the event bus, workflow engine, locking and caching on Redis", async () => {
      const container = getContainer()
      const redis = new Redis(REDIS_URL)
      try {
        const modules = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).modules ?? {}
        const resolved = (key: string) => (modules[key] as { resolve?: string }).resolve
        expect(resolved(Modules.EVENT_BUS)).toBe("@medusajs/medusa/event-bus-redis")
        expect(resolved(Modules.WORKFLOW_ENGINE)).toBe("@medusajs/medusa/workflow-engine-redis")
        expect(JSON.stringify(modules[Modules.LOCKING])).toContain("@medusajs/medusa/locking-redis")
        expect(JSON.stringify(modules[Modules.CACHING])).toContain("@medusajs/caching-redis")
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")

        const admin = await loginAdmin(api, container)
        const { data } = await api.get("/admin/o2c/status", admin)
        expect(data.status.worker_mode).toBe("shared")
        // The event bus's BullMQ queue lives in this Redis database.
        const keys = await redis.keys("RedisEventBusService:events-queue:*")
        expect(keys.length).toBeGreaterThan(0)
      } finally {
        redis.disconnect()
      }
    })

    it("delivers order.placed through the Redis queue after a store checkout", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const delivered = new Promise<{ id: string }>((resolve) => {
        container.resolve(Modules.EVENT_BUS).subscribe("order.placed", async ({ data }: any) => resolve(data))
      })

      const buyer = await registerCustomer(api, store.publishableKey, { email: "redis@atelier-martin.fr" })
      const { data: products } = await api.get(`/store/products?fields=*variants&limit=1`, buyer)
      const order = await placeOrder(api, buyer, {
        regionId: store.regionId,
        lines: [{ variant_id: products.products[0].variants[0].id, quantity: 1 }],
      })

      const event = await Promise.race([
        delivered,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("order.placed not delivered")), 20_000)),
      ])
      expect(event.id).toBe(order.id)
    })

    it("serialises concurrent on-account checkouts of one company through the Redis lock", async () => {
      const container = getContainer()
      const store = await seedStore(container)
      const admin = await loginAdmin(api, container)
      const company = await createCompany(api, admin, { name: "Redis Race" })
      const buyer = await registerCustomer(api, store.publishableKey, { email: "race@redis.fr" })
      await addBuyer(api, admin, company.id, buyer.customer.id)
      const { data } = await api.get("/admin/product-variants?sku=CONS-CT-300&fields=id", admin)
      const carts = []
      for (let i = 0; i < 12; i++) {
        const cart = await buildCart(api, buyer, { regionId: store.regionId, lines: [{ variant_id: data.variants[0].id, quantity: 1 }] })
        await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
        carts.push(cart)
      }
      await api.post(`/admin/companies/${company.id}`, { credit_limit: carts[0].total * 3, reason: "race test" }, admin)

      const results = await Promise.all(carts.map((c) => settle(api.post(`/store/carts/${c.id}/complete`, {}, buyer))))
      expect(results.filter((r) => r.data?.type === "order")).toHaveLength(3)
      expect(results.filter((r) => r.status === 400)).toHaveLength(9)
      const { data: after } = await api.get(`/admin/companies/${company.id}`, admin)
      expect(after.company.available_credit).toBeCloseTo(0, 2)
    })
  },
})
