import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { O2C_FEATURES } from "../../src/modules/o2c/options"
import { seedStore } from "../../src/scripts/seed/store"
import { loginAdmin } from "../helpers/admin"
import { registerCustomer } from "../helpers/store"

const { version } = require("../../package.json")

jest.setTimeout(60_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("reports the plugin version, features and process mode to an admin", async () => {
      const admin = await loginAdmin(api, getContainer())
      const { status, data } = await api.get("/admin/o2c/status", admin)
      expect(status).toBe(200)
      expect(data.status).toEqual({
        name: "medusa-plugin-o2c",
        version,
        time_zone: "UTC",
        worker_mode: "shared",
        features: Object.fromEntries(O2C_FEATURES.map((f) => [f, ["companies", "credit", "payment_terms", "invoicing", "receivables", "dunning"].includes(f)])),
        planned_features: ["reconciliation", "erp_sync"],
      })
    })

    it("refuses anonymous callers and buyers", async () => {
      const anonymous = await api.get("/admin/o2c/status").catch((e: any) => e.response)
      expect(anonymous.status).toBe(401)

      const { publishableKey } = await seedStore(getContainer())
      const buyer = await registerCustomer(api, publishableKey, { email: "buyer@example.fr" })
      const asBuyer = await api.get("/admin/o2c/status", buyer).catch((e: any) => e.response)
      expect(asBuyer.status).toBe(401)
    })
  },
})
