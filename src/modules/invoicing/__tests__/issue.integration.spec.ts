import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from ".."
import type InvoicingModuleService from "../service"

jest.setTimeout(120_000)

moduleIntegrationTestRunner<InvoicingModuleService>({
  moduleName: INVOICING_MODULE,
  resolve: "./src/modules/invoicing",
  // The real migrations, trigger included: the schema synced from models would lack it.
  pathToMigrations: "./src/modules/invoicing/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const draft = (total = 120, kind: "invoice" | "credit_note" = "invoice") =>
      service.createInvoices({
        kind,
        currency_code: "eur",
        subtotal: total / 1.2,
        tax_total: total - total / 1.2,
        total,
        lines: [{ sku: "FAST-HB-M8-30", quantity: 1 }] as any,
        seller: { legal_name: "O2C Industrial Supplies SAS" },
        buyer: { legal_name: "Atelier Martin SARL", vat_number: "FR32123456789" },
      })
    const sql = (query: string) => MikroOrmWrapper.forkManager().execute(query)

    it("numbers 200 concurrent issues without a gap or a duplicate, in one intact chain", async () => {
      const drafts = await Promise.all(Array.from({ length: 200 }, (_, i) => draft(100 + i)))
      const issued = await Promise.all(drafts.map((d) => service.issue({ id: d.id, issue_date: "2026-11-23" })))
      const numbers = issued.map((i) => i.sequence_number!).sort((a, b) => a - b)
      expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
      expect(new Set(issued.map((i) => i.number)).size).toBe(200)
      expect(issued.find((i) => i.sequence_number === 1)?.number).toBe("INV-2026-000001")
      expect(await service.verifySeries("INV-2026")).toEqual({ series: "INV-2026", documents: 200, valid: true, first_broken: null })
    })

    it("numbers credit notes and each year in their own series", async () => {
      const a = await service.issue({ id: (await draft()).id, issue_date: "2026-12-31" })
      const b = await service.issue({ id: (await draft()).id, issue_date: "2027-01-01" })
      const c = await service.issue({ id: (await draft(120, "credit_note")).id, issue_date: "2027-01-02" })
      expect([a.number, b.number, c.number]).toEqual(["INV-2026-000001", "INV-2027-000001", "CN-2027-000001"])
    })

    it("loses no number when issuing fails, and keeps numbers chronological", async () => {
      await service.issue({ id: (await draft()).id, issue_date: "2026-11-23" })
      const late = await draft()
      await expect(service.issue({ id: late.id, issue_date: "2026-11-20" })).rejects.toThrow(
        "Numbers are chronological: INV-2026 already has a document issued on 2026-11-23, after 2026-11-20"
      )
      const [stillDraft] = await service.listInvoices({ id: late.id })
      expect(stillDraft).toMatchObject({ status: "draft", number: null })
      const next = await service.issue({ id: late.id, issue_date: "2026-11-24" })
      expect(next.number).toBe("INV-2026-000002")
      await expect(service.issue({ id: late.id, issue_date: "2026-11-24" })).rejects.toThrow("is already issued")
    })

    it("refuses to change or delete an issued document, but lets its payment status move", async () => {
      const issued = await service.issue({ id: (await draft()).id, issue_date: "2026-11-23" })
      await expect(service.updateInvoices({ id: issued.id, total: 1 })).rejects.toThrow(
        "Issued document INV-2026-000001 is immutable: correct it with a credit note"
      )
      await expect(sql(`DELETE FROM invoice WHERE id = '${issued.id}'`)).rejects.toThrow("cannot be deleted")
      const paid = await service.updateInvoices({ id: issued.id, status: "paid" })
      expect(paid.status).toBe("paid")
      expect((await service.verifySeries("INV-2026")).valid).toBe(true)
    })

    it("detects a document altered behind the application's back", async () => {
      const docs = []
      for (let i = 0; i < 4; i++) {
        docs.push(await service.issue({ id: (await draft(100 + i)).id, issue_date: "2026-11-23" }))
      }
      // Someone with database access disables the guard and edits a total.
      await sql("ALTER TABLE invoice DISABLE TRIGGER invoice_immutable")
      await sql(`UPDATE invoice SET total = 1, raw_total = '{"value":"1","precision":20}' WHERE number = 'INV-2026-000003'`)
      await sql("ALTER TABLE invoice ENABLE TRIGGER invoice_immutable")
      expect(await service.verifySeries("INV-2026")).toEqual({
        series: "INV-2026",
        documents: 4,
        valid: false,
        first_broken: {
          number: "INV-2026-000003",
          reason: "its content no longer matches its hash: it was altered after issue",
        },
      })
    })
  },
})
