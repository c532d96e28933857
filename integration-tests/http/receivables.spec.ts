import { MathBN } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays } from "../../src/lib/time"
import { loginAdmin } from "../helpers/admin"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, eventually, settle } from "../helpers/b2b"
import { pdfText } from "../helpers/invoicing"
import { invoicedOrder as invoicedOrderOf } from "../helpers/receivables"
import { setUpSuite, useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Orders are invoiced as soon as they are placed: each order is one invoice.
process.env.O2C_INVOICE_TRIGGER = "order_placed"

/** Moves the process's clock to `now`, faking only Date: timers, ticks and I/O of the in-process server keep running for real. */
const moveClockTo = (now: Date) =>
  jest.useFakeTimers({
    now,
    advanceTimers: true,
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  })

const money = (value: number | string) => Number(MathBN.convert(value).decimalPlaces(2, 4).toFixed(2))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })
    // Split 30/70 at 30 and 60 days; a company admin and a plain buyer.
    let split: { id: string; admin: StoreCustomer; buyer: StoreCustomer }
    // 2/10 Net 30.
    let discounted: { id: string; admin: StoreCustomer }

    setUpSuite(setUp)

    async function setUp() {
      const splitCompany = await createCompany(api, admin, {
        name: "Forges Split",
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms.split_30_70,
        credit_limit: 100_000,
      })
      const discountCompany = await createCompany(api, admin, {
        name: "Escompte SA",
        legal_name: "Escompte SA",
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms["2_10_net_30"],
        credit_limit: 100_000,
      })
      const customer = (email: string) => registerCustomer(api, store.publishableKey, { email })
      split = {
        id: splitCompany.id,
        admin: await customer("admin@split.example"),
        buyer: await customer("buyer@split.example"),
      }
      discounted = { id: discountCompany.id, admin: await customer("admin@escompte.example") }
      await addBuyer(api, admin, split.id, split.admin.customer.id, "admin")
      await addBuyer(api, admin, split.id, split.buyer.customer.id, "buyer")
      await addBuyer(api, admin, discounted.id, discounted.admin.customer.id, "admin")
    }

    /** Places an on-account order and waits until its invoice is issued and in the ledger. */
    const invoicedOrder = (who: StoreCustomer, lines: Array<[string, number]>) =>
      invoicedOrderOf(api, admin, who, {
        regionId: store.regionId,
        lines: lines.map(([sku, quantity]) => ({ variant_id: variants[sku], quantity })),
      })

    const ledger = async (companyId: string) =>
      (await api.get(`/admin/companies/${companyId}/ledger?limit=200`, admin)).data
    const company = async (companyId: string) =>
      (await api.get(`/admin/companies/${companyId}`, admin)).data.company
    const pay = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      settle(
        api.post(
          "/admin/receivables/payments",
          { method: "bank_transfer", ...body },
          { headers: { ...admin.headers, ...headers } }
        )
      )

    it("books an invoice per instalment, moves exposure to receivables, and settles it oldest first", async () => {
      const before = await company(split.id)
      const { invoice } = await invoicedOrder(split.admin, [["FAST-HB-M8-30", 10]])
      const [first, second] = invoice.due_schedule
      expect(invoice.receivable.instalments).toEqual([
        expect.objectContaining({
          due_date: first.due_date,
          amount: money(first.amount),
          open: money(first.amount),
          overdue: false,
        }),
        expect.objectContaining({
          due_date: second.due_date,
          amount: money(second.amount),
          open: money(second.amount),
        }),
      ])
      await eventually(async () => {
        const after = await company(split.id)
        expect(money(after.receivables_exposure - before.receivables_exposure)).toBe(invoice.total)
        expect(after.uninvoiced_exposure).toBe(before.uninvoiced_exposure)
      })

      // A first transfer covers the first instalment and part of the second.
      const part = money(MathBN.add(first.amount, 10).toFixed())
      const paid = await pay({
        company_id: split.id,
        amount: part,
        reference: "VIR 001",
        received_on: invoice.issue_date,
      })
      expect(paid.status).toBe(201)
      expect(paid.data.payment).toMatchObject({
        amount: part,
        method: "bank_transfer",
        reference: "VIR 001",
        unallocated: 0,
      })
      expect(
        paid.data.payment.allocations.map((a: any) => [a.document_number, a.due_date, a.amount])
      ).toEqual([
        [invoice.number, first.due_date, money(first.amount)],
        [invoice.number, second.due_date, 10],
      ])
      const { data: partly } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      expect(partly.invoice.status).toBe("partially_paid")
      expect(partly.invoice.receivable).toMatchObject({ open: money(second.amount) - 10, paid: part })

      // Aging as of the day after the first due date: the second instalment is not due yet.
      const { data: aging } = await api.get(
        `/admin/receivables/aging?company_id=${split.id}&as_of=${addDays(second.due_date, 45)}`,
        admin
      )
      expect(aging.buckets.map((b: any) => b.key)).toEqual(["current", "1_30", "31_60", "61_90", "90_plus"])
      expect(aging.buckets.find((b: any) => b.key === "31_60").amount).toBe(money(second.amount) - 10)
      expect(aging.total).toBe(money(second.amount) - 10)

      // The rest, paid in full: the invoice is paid and Medusa's order shows its payment captured.
      const rest = await pay({ company_id: split.id, amount: money(second.amount) - 10 })
      expect(rest.data.payment.allocations).toHaveLength(1)
      const { data: closed } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      expect(closed.invoice.status).toBe("paid")
      expect(closed.invoice.receivable.open).toBe(0)
      await eventually(async () => {
        const { data: order } = await api.get(
          `/admin/orders/${invoice.order_id}?fields=payment_status`,
          admin
        )
        expect(order.order.payment_status).toBe("captured")
      })
      await eventually(async () => {
        expect((await company(split.id)).receivables_exposure).toBe(before.receivables_exposure)
      })
    })

    it("books the early-payment discount when a 2/10 invoice is paid short within ten days", async () => {
      const { invoice } = await invoicedOrder(discounted.admin, [["SAFE-GL-C-9", 20]])
      const payable = money(MathBN.mult(invoice.total, "0.98").toFixed())
      const discount = money(invoice.total - payable)
      const paid = await pay({
        company_id: discounted.id,
        amount: payable,
        // Within the ten days: a payment is never dated after today.
        received_on: invoice.issue_date,
      })
      expect(paid.status).toBe(201)
      expect(paid.data.payment.settlements).toEqual([
        expect.objectContaining({ settled_with: "discount", document_id: invoice.id, amount: discount }),
      ])
      const { data } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      expect(data.invoice.status).toBe("paid")
      expect(data.invoice.receivable).toMatchObject({ open: 0, paid: invoice.total })
      const { entries } = await ledger(discounted.id)
      expect(entries.find((e: any) => e.type === "discount")).toMatchObject({
        side: "credit",
        amount: discount,
      })

      // Day eleven is too late: the same short payment leaves the difference open. Payments are
      // never dated after today, so the test moves the process's clock (Date only) eleven days on.
      const { invoice: late } = await invoicedOrder(discounted.admin, [["SAFE-GL-C-9", 20]])
      const dayEleven = `${addDays(late.issue_date, 11)}T12:00:00Z`
      moveClockTo(new Date(dayEleven))
      try {
        // The admin's token of today has expired by day eleven.
        const later = (await loginAdmin(api, getContainer())).headers
        const short = await pay({ company_id: discounted.id, amount: payable }, later)
        expect(short.data.payment.received_on).toBe(addDays(late.issue_date, 11))
        expect(short.data.payment.settlements).toEqual([])
        const { data: open } = await api.get(`/admin/invoices/${late.id}`, { headers: later })
        expect(open.invoice).toMatchObject({
          status: "partially_paid",
          receivable: expect.objectContaining({ open: discount }),
        })
        // A difference within the tolerance asked for is written off.
        const closing = await pay(
          { company_id: discounted.id, amount: money(discount - 0.4), write_off_tolerance: "0.50" },
          later
        )
        expect(discount).toBeGreaterThan(1)
        expect(closing.data.payment.settlements).toEqual([
          expect.objectContaining({ settled_with: "write_off", document_id: late.id, amount: 0.4 }),
        ])
      } finally {
        jest.useRealTimers()
      }
      expect((await api.get(`/admin/invoices/${late.id}`, admin)).data.invoice.status).toBe("paid")
    })

    it("refuses bad payments with a clear error and writes nothing", async () => {
      const { invoice: other } = await invoicedOrder(discounted.admin, [["SAFE-GL-C-9", 1]])
      const { invoice } = await invoicedOrder(split.admin, [["SAFE-GL-C-9", 1]])
      const before = await ledger(split.id)
      const refusals: Array<[Record<string, unknown>, number, RegExp]> = [
        [
          { company_id: split.id, amount: 5, allocations: [{ invoice_id: other.id, amount: 5 }] },
          400,
          /belongs to another company/,
        ],
        [
          {
            company_id: split.id,
            amount: 5,
            allocations: [{ entry_id: other.receivable.instalments[0].entry_id, amount: 5 }],
          },
          400,
          /another company/,
        ],
        [
          {
            company_id: split.id,
            amount: invoice.total + 50,
            allocations: [{ invoice_id: invoice.id, amount: invoice.total + 50 }],
          },
          400,
          /needs/,
        ],
        [
          { company_id: split.id, amount: 1, allocations: [{ invoice_id: invoice.id, amount: 2 }] },
          400,
          /left to allocate/,
        ],
        [{ company_id: split.id, currency_code: "usd", amount: 5 }, 400, /has no USD account/],
        [{ company_id: split.id, amount: "5.001" }, 400, /more decimals than EUR allows/],
        [{ company_id: split.id, amount: -5 }, 400, /'amount' too small|amount must be/],
        [{ company_id: split.id, amount: 5, method: "barter" }, 400, /for field 'method'/],
        [{ company_id: split.id, amount: 5, received_on: "2026-02-30" }, 400, /received_on must be a date/],
        [{ company_id: "comp_missing", amount: 5 }, 404, /was not found/],
      ]
      for (const [body, status, message] of refusals) {
        const refused = await pay(body)
        expect({ body, status: refused.status }).toEqual({ body, status })
        expect(refused.data.message).toMatch(message)
      }
      const after = await ledger(split.id)
      expect(after.count).toBe(before.count)
      expect(after.balance).toBe(before.balance)

      // The same key with the same request returns the first payment; with another, a 409.
      const key = { "Idempotency-Key": "remittance-2026-11-0042" }
      const first = await pay({ company_id: split.id, amount: 1.5 }, key)
      const again = await pay({ company_id: split.id, amount: 1.5 }, key)
      expect(first.status).toBe(201)
      expect(again.status).toBe(200)
      expect(again.data.payment).toMatchObject({ id: first.data.payment.id, replayed: true })
      const changed = await pay({ company_id: split.id, amount: 2.5 }, key)
      expect(changed.status).toBe(409)
      expect(changed.data.message).toMatch(/already used for a different entry/)
      expect((await ledger(split.id)).count).toBe(before.count + 1)
    })

    it("reverses a payment: what it paid is open again, and twice is refused", async () => {
      const { invoice } = await invoicedOrder(split.admin, [["FAST-HB-M8-30", 2]])
      const paid = await pay({
        company_id: split.id,
        amount: invoice.total,
        allocations: [{ invoice_id: invoice.id, amount: invoice.total }],
      })
      expect((await api.get(`/admin/invoices/${invoice.id}`, admin)).data.invoice.status).toBe("paid")
      const balanceBefore = (await ledger(split.id)).balance

      const missingReason = await settle(
        api.post(`/admin/receivables/payments/${paid.data.payment.id}/reverse`, {}, admin)
      )
      expect(missingReason.status).toBe(400)
      expect(missingReason.data.message).toMatch(/'reason' is required/)
      const { data: reversed } = await api.post(
        `/admin/receivables/payments/${paid.data.payment.id}/reverse`,
        { reason: "Transfer returned by the bank" },
        admin
      )
      expect(reversed.payment.reversed_by).toEqual(expect.any(String))
      expect(reversed.payment.allocations).toEqual([])
      const { data } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      expect(data.invoice).toMatchObject({
        status: "issued",
        receivable: expect.objectContaining({ open: invoice.total }),
      })
      expect(money((await ledger(split.id)).balance - balanceBefore)).toBe(invoice.total)
      const twice = await settle(
        api.post(`/admin/receivables/payments/${paid.data.payment.id}/reverse`, { reason: "again" }, admin)
      )
      expect(twice.status).toBe(409)
      expect(twice.data.message).toMatch(/already reversed/)
    })

    it("keeps unallocated cash on the account and allocates it later, and credit notes void what they take back", async () => {
      const { invoice } = await invoicedOrder(split.admin, [["SAFE-GL-C-9", 3]])
      const { data: credit } = await api.post(
        `/admin/invoices/${invoice.id}/credit-notes`,
        { reason: "Refused on delivery" },
        admin
      )
      await eventually(async () => {
        expect((await api.get(`/admin/invoices/${invoice.id}`, admin)).data.invoice.status).toBe("void")
      })
      expect(credit.credit_note.total).toBe(invoice.total)

      const { invoice: next } = await invoicedOrder(split.admin, [["SAFE-GL-C-9", 2]])
      const cash = await pay({ company_id: split.id, amount: 500, allocate: "none" })
      expect(cash.data.payment).toMatchObject({ unallocated: 500, allocations: [] })
      const { data: applied } = await api.post(
        `/admin/receivables/payments/${cash.data.payment.id}/allocations`,
        { allocations: [{ invoice_id: next.id, amount: next.total }] },
        admin
      )
      expect(applied.payment.unallocated).toBe(money(500 - next.total))
      expect((await api.get(`/admin/invoices/${next.id}`, admin)).data.invoice.status).toBe("paid")
      const { open_items } = await ledger(split.id)
      expect(open_items).toContainEqual(
        expect.objectContaining({ id: cash.data.payment.id, side: "credit", open: money(500 - next.total) })
      )
    })

    it("never over-applies cash when 20 payments race for the same invoices", async () => {
      for (let i = 0; i < 3; i++) await invoicedOrder(split.admin, [["FAST-HB-M8-30", 1]])
      const openDebits = (items: any[]) =>
        money(items.filter((i) => i.side === "debit").reduce((s: number, i: any) => s + i.open, 0))
      const before = (await api.get(`/store/company/open-items`, split.admin)).data
      const owed = openDebits(before.open_items)
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => pay({ company_id: split.id, amount: 7, reference: `race-${i}` }))
      )
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201))
      const applied = money(
        responses.flatMap((r) => r.data.payment.allocations).reduce((s: number, a: any) => s + a.amount, 0)
      )
      expect(applied).toBe(money(Math.min(140, owed)))
      const after = (await api.get(`/store/company/open-items`, split.admin)).data
      expect(openDebits(after.open_items)).toBe(money(owed - applied))
      expect(money(after.balance)).toBe(money(before.balance - 140))
    })

    it("gives statements, KPIs and open items to admins and company admins, and nothing to anyone else", async () => {
      const { invoice } = await invoicedOrder(split.admin, [["FAST-HB-M8-30", 4]])
      const to = addDays(invoice.issue_date, 1)
      const { data } = await api.get(
        `/admin/companies/${split.id}/statement?from=${invoice.issue_date}&to=${to}`,
        admin
      )
      const { statement } = data
      expect(statement.movements.map((m: any) => m.document_number)).toContain(invoice.number)
      const moved = statement.movements.reduce(
        (s: number, m: any) => s + (m.side === "debit" ? m.amount : -m.amount),
        0
      )
      expect(money(statement.closing_balance)).toBe(money(statement.opening_balance + moved))
      expect(statement.movements.at(-1).balance).toBe(statement.closing_balance)

      const pdf = await api.get(
        `/admin/companies/${split.id}/statement?from=${invoice.issue_date}&to=${to}&format=pdf`,
        {
          ...admin,
          responseType: "arraybuffer",
        }
      )
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      const text = pdfText(Buffer.from(pdf.data))
      expect(text).toContain("Statement of account")
      expect(text).toContain(invoice.number)

      // KPIs read the same open items as the aging of the same day.
      const { data: kpis } = await api.get(`/admin/receivables/kpis?to=${to}`, admin)
      const { data: aging } = await api.get(`/admin/receivables/aging?as_of=${to}`, admin)
      expect(kpis.kpis).toEqual([
        expect.objectContaining({ currency_code: "eur", ending_ar: aging.total, dso: expect.any(Number) }),
      ])
      expect(kpis.kpis[0].ending_current_ar).toBe(aging.buckets.find((b: any) => b.key === "current").amount)

      // The company admin reads the same account through the store; a plain buyer may not.
      const { data: mine } = await api.get(`/store/company/open-items`, split.admin)
      expect(mine.company_id).toBe(split.id)
      expect(mine.open_items.map((i: any) => i.document_id)).toContain(invoice.id)
      expect(mine.open_items.every((i: any) => i.document_id !== null || i.side === "credit")).toBe(true)
      const { data: theirs } = await api.get(`/store/company/open-items`, discounted.admin)
      expect(theirs.open_items.map((i: any) => i.document_id)).not.toContain(invoice.id)
      const { data: storeStatement } = await api.get(
        `/store/company/statement?from=${invoice.issue_date}&to=${to}`,
        split.admin
      )
      expect(storeStatement.statement.closing_balance).toBe(statement.closing_balance)
      const forbidden = await settle(api.get(`/store/company/open-items`, split.buyer))
      expect(forbidden.status).toBe(403)
      expect(forbidden.data.message).toMatch(/Only your company's admins/)
      const notAdmin = await settle(api.get(`/admin/receivables/aging`, split.admin))
      expect(notAdmin.status).toBe(401)
    })
  },
})
