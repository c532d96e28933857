import { MathBN } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"
import { RECEIVABLES_MODULE } from ".."
import { allocationRefusal } from "../ledger"
import { IdempotencyConflictError, type PostEntryInput } from "../service"
import type ReceivablesModuleService from "../service"

jest.setTimeout(180_000)

type Op =
  | {
      kind: "entry"
      side: "debit" | "credit"
      company: number
      currency: "eur" | "usd"
      cents: number
      day: number
    }
  | { kind: "allocate"; credit: number; debit: number; cents: number }
  | { kind: "oldest_first"; credit: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("entry" as const),
    side: fc.constantFrom("debit" as const, "credit" as const),
    company: fc.integer({ min: 0, max: 1 }),
    currency: fc.constantFrom("eur" as const, "usd" as const),
    cents: fc.integer({ min: 1, max: 500_00 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({
    kind: fc.constant("allocate" as const),
    credit: fc.nat(),
    debit: fc.nat(),
    cents: fc.integer({ min: 1, max: 600_00 }),
  }),
  fc.record({ kind: fc.constant("oldest_first" as const), credit: fc.nat() })
)

const decimal = (cents: number) => MathBN.div(cents, 100).toFixed()

moduleIntegrationTestRunner<ReceivablesModuleService>({
  moduleName: RECEIVABLES_MODULE,
  resolve: "./src/modules/receivables",
  // The real migrations, append-only triggers included.
  pathToMigrations: "./src/modules/receivables/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (query: string, params: unknown[] = []) =>
      MikroOrmWrapper.forkManager().getConnection().execute(query, params) as Promise<any[]>
    let run = 0
    const entry = (data: Partial<PostEntryInput> & Pick<PostEntryInput, "company_id" | "side" | "amount">) =>
      service.postEntry({
        currency_code: "eur",
        type: data.side === "debit" ? "invoice" : "payment",
        effective_date: "2026-11-01",
        idempotency_key: `key_${++run}_${Math.random()}`,
        created_by: "test",
        ...data,
      })

    it("keeps its invariants over random sequences of postings and allocations", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
          const prefix = `comp_${++run}`
          const entries: Array<{
            id: string
            side: "debit" | "credit"
            company_id: string
            currency_code: string
          }> = []
          for (const op of ops) {
            if (op.kind === "entry") {
              const posted = await entry({
                company_id: `${prefix}_${op.company}`,
                currency_code: op.currency,
                side: op.side,
                amount: decimal(op.cents),
                effective_date: `2026-10-${String(op.day).padStart(2, "0")}`,
                due_date: op.side === "debit" ? `2026-11-${String(op.day).padStart(2, "0")}` : null,
              })
              entries.push(posted)
              continue
            }
            const credits = entries.filter((e) => e.side === "credit")
            const debits = entries.filter((e) => e.side === "debit")
            if (credits.length === 0) continue
            const credit = credits[op.credit % credits.length]
            if (op.kind === "oldest_first") {
              await service.allocate({ credit_entry_id: credit.id, created_by: "test" })
              continue
            }
            if (debits.length === 0) continue
            const debit = debits[op.debit % debits.length]
            // The model's prediction, from the database's own figures before the call.
            const [left] = await sql(
              `SELECT
                 (SELECT amount - COALESCE((SELECT SUM(amount) FROM ledger_allocation WHERE credit_entry_id = ?), 0) FROM ledger_entry WHERE id = ?)::text AS credit_left,
                 (SELECT amount - COALESCE((SELECT SUM(amount) FROM ledger_allocation WHERE debit_entry_id = ?), 0) FROM ledger_entry WHERE id = ?)::text AS debit_left`,
              [credit.id, credit.id, debit.id, debit.id]
            )
            const refusal = allocationRefusal({
              credit: { ...credit, unallocated: left.credit_left },
              debit: { ...debit, unallocated: left.debit_left },
              amount: decimal(op.cents),
            })
            const outcome = await service
              .allocate({
                credit_entry_id: credit.id,
                allocations: [{ debit_entry_id: debit.id, amount: decimal(op.cents) }],
                created_by: "test",
              })
              .then(
                () => null,
                (error: Error) => error.message
              )
            expect(outcome).toBe(refusal)
          }

          // Company balance = sum of its entries, per company and currency.
          for (const company of [0, 1]) {
            for (const currency of ["eur", "usd"]) {
              const [expected] = await sql(
                `SELECT COALESCE(SUM(CASE WHEN side = 'debit' THEN amount ELSE -amount END), 0)::text AS b
                   FROM ledger_entry WHERE company_id = ? AND currency_code = ?`,
                [`${prefix}_${company}`, currency]
              )
              expect(MathBN.eq(await service.balance(`${prefix}_${company}`, currency), expected.b)).toBe(
                true
              )
            }
          }
          // Open amounts never below zero; a credit's allocations never above it;
          // an allocation never crosses companies or currencies.
          const broken = await sql(
            `SELECT e.id FROM ledger_entry e
               LEFT JOIN ledger_allocation a ON a.debit_entry_id = e.id OR a.credit_entry_id = e.id
              WHERE e.company_id LIKE ?
              GROUP BY e.id, e.amount
             HAVING e.amount - COALESCE(SUM(a.amount), 0) < 0
             UNION ALL
             SELECT a.id FROM ledger_allocation a
               JOIN ledger_entry d ON d.id = a.debit_entry_id
               JOIN ledger_entry c ON c.id = a.credit_entry_id
              WHERE a.company_id LIKE ?
                AND (d.company_id <> c.company_id OR d.currency_code <> c.currency_code
                     OR a.company_id <> d.company_id OR d.side <> 'debit' OR c.side <> 'credit')`,
            [`${prefix}_%`, `${prefix}_%`]
          )
          expect(broken).toEqual([])
        }),
        { numRuns: 25 }
      )
    })

    it("posts once per idempotency key, and refuses the key with other content", async () => {
      const input: PostEntryInput = {
        company_id: "comp_idem",
        currency_code: "EUR",
        type: "invoice",
        side: "debit",
        amount: "120.50",
        effective_date: "2026-11-02",
        due_date: "2026-12-02",
        idempotency_key: "invoice:inv_1:1",
        created_by: "test",
      }
      const first = await service.postEntry(input)
      const again = await service.postEntry({ ...input })
      expect(again.id).toBe(first.id)
      await expect(service.postEntry({ ...input, amount: "120.51" })).rejects.toThrow(
        IdempotencyConflictError
      )
      await expect(service.postEntry({ ...input, amount: "120.51" })).rejects.toThrow(
        "Idempotency key invoice:inv_1:1 was already used for a different entry"
      )
      expect((await service.listLedgerEntries({ company_id: "comp_idem" })).length).toBe(1)
    })

    it("never overspends a credit or overpays a debit under 40 concurrent allocations", async () => {
      const debit = await entry({ company_id: "comp_race", side: "debit", amount: "100.00" })
      const credits = await Promise.all(
        Array.from({ length: 40 }, () => entry({ company_id: "comp_race", side: "credit", amount: "7.00" }))
      )
      const results = await Promise.allSettled(
        credits.map((c) => service.allocate({ credit_entry_id: c.id, created_by: "test" }))
      )
      expect(results.every((r) => r.status === "fulfilled")).toBe(true)
      const [{ allocated }] = await sql(
        "SELECT COALESCE(SUM(amount), 0)::text AS allocated FROM ledger_allocation WHERE debit_entry_id = ?",
        [debit.id]
      )
      // 14 credits of 7.00 and 2.00 of the 15th: exactly the debit, never more.
      expect(MathBN.convert(allocated).toFixed(2)).toBe("100.00")
      expect(await service.openDebits("comp_race", "eur")).toEqual([])
    })

    it("refuses to change or remove an entry or an allocation: corrections are new entries", async () => {
      const debit = await entry({ company_id: "comp_frozen", side: "debit", amount: "10.00" })
      const credit = await entry({ company_id: "comp_frozen", side: "credit", amount: "10.00" })
      const [allocation] = await service.allocate({ credit_entry_id: credit.id, created_by: "test" })
      await expect(sql("UPDATE ledger_entry SET amount = 1 WHERE id = ?", [debit.id])).rejects.toThrow(
        /append-only/
      )
      await expect(sql("DELETE FROM ledger_entry WHERE id = ?", [credit.id])).rejects.toThrow(/append-only/)
      await expect(sql("DELETE FROM ledger_allocation WHERE id = ?", [allocation.id])).rejects.toThrow(
        /append-only/
      )
    })
  },
})
