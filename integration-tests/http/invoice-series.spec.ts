import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { loginAdmin } from "../helpers/admin"
import { settle } from "../helpers/b2b"

jest.setTimeout(60_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    it("verifies a series over the admin API and points at the first altered document", async () => {
      const admin = await loginAdmin(api, getContainer())
      const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      for (const total of [100, 200, 300]) {
        const draft = await invoicing.createInvoices({ currency_code: "eur", total, subtotal: total, tax_total: 0 })
        await invoicing.issue({ id: draft.id, issue_date: "2026-11-23" })
      }

      const { data: intact } = await api.get("/admin/invoice-series/INV-2026/verify", admin)
      expect(intact.verification).toEqual({ series: "INV-2026", documents: 3, valid: true, first_broken: null })

      await dbConnection.raw("ALTER TABLE invoice DISABLE TRIGGER invoice_immutable")
      await dbConnection.raw(
        `UPDATE invoice SET total = 2, raw_total = '{"value":"2","precision":20}' WHERE number = 'INV-2026-000002'`
      )
      await dbConnection.raw("ALTER TABLE invoice ENABLE TRIGGER invoice_immutable")
      const { data: tampered } = await api.get("/admin/invoice-series/INV-2026/verify", admin)
      expect(tampered.verification).toMatchObject({ valid: false, first_broken: { number: "INV-2026-000002" } })

      expect((await settle(api.get("/admin/invoice-series/INV-2026/verify"))).status).toBe(401)
    })
  },
})
