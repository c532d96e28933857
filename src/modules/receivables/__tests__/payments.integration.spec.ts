import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { RECEIVABLES_MODULE } from ".."
import type ReceivablesModuleService from "../service"

jest.setTimeout(120_000)

moduleIntegrationTestRunner<ReceivablesModuleService>({
  moduleName: RECEIVABLES_MODULE,
  resolve: "./src/modules/receivables",
  pathToMigrations: "./src/modules/receivables/migrations",
  testSuite: ({ service }) => {
    const invoice = (
      id: string,
      company = "comp_a",
      schedule = [{ due_date: "2026-04-30", amount: "100.00" }]
    ) =>
      service.bookDocument({
        id,
        kind: "invoice",
        number: `INV-${id}`,
        company_id: company,
        currency_code: "eur",
        issue_date: "2026-03-01",
        total: "100.00",
        due_schedule: schedule,
        corrects_invoice_id: null,
      })
    const receive = (amount: string, extra: Record<string, unknown> = {}) =>
      service.receivePayment({
        company_id: "comp_a",
        currency_code: "eur",
        amount,
        received_on: "2026-03-20",
        method: "bank_transfer",
        idempotency_key: `payment:${Math.random()}`,
        created_by: "user_1",
        ...extra,
      })

    it("books an invoice per instalment with its discount, and a payment settles it oldest first", async () => {
      await invoice("inv_1", "comp_a", [
        { due_date: "2026-03-31", amount: "30.00" },
        {
          due_date: "2026-04-30",
          amount: "70.00",
          discount_percent: "2",
          discount_until: "2026-03-11",
        } as any,
      ])
      const paid = await receive("50.00")
      expect(paid.allocations.map((a: any) => [a.due_date, a.amount])).toEqual([
        ["2026-03-31", "30"],
        ["2026-04-30", "20"],
      ])
      expect(paid.unallocated).toBe("0")
      const balances = await service.documentBalances(["inv_1"])
      expect(balances.get("inv_1")).toMatchObject({ open: "50", settled_by: { payment: "50" } })
    })

    it("credits an invoice with its credit note, and keeps what the invoice no longer owes as a credit", async () => {
      await invoice("inv_2", "comp_b")
      const [credit] = await service.bookDocument({
        id: "cn_2",
        kind: "credit_note",
        number: "CN-2",
        company_id: "comp_b",
        currency_code: "eur",
        issue_date: "2026-03-02",
        total: "100.00",
        due_schedule: null,
        corrects_invoice_id: "inv_2",
      })
      const balances = await service.documentBalances(["inv_2", "cn_2"])
      expect(balances.get("inv_2")).toMatchObject({ open: "0", settled_by: { credit_note: "100" } })
      expect(balances.get("cn_2")).toMatchObject({ open: "0" })
      expect(credit.type).toBe("credit_note")
    })
  },
})
