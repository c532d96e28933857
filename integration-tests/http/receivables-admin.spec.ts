import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays, calendarDateInZone } from "../../src/lib/time"
import { RECEIVABLES_MODULE } from "../../src/modules/receivables"
import type ReceivablesModuleService from "../../src/modules/receivables/service"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, settle } from "../helpers/b2b"
import { invoicedOrder } from "../helpers/receivables"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Orders are invoiced as soon as they are placed: each order is one invoice.
process.env.O2C_INVOICE_TRIGGER = "order_placed"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })
    let accounts = 0

    const timeZone = () =>
      getContainer().resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).options.timeZone
    /** Today in the store's time zone, as the server reads it. */
    const today = () => calendarDateInZone(new Date(), timeZone())

    /** A Net 30 company with a company admin who can order on account. */
    async function account(name: string) {
      accounts += 1
      const company = await createCompany(api, admin, {
        name,
        legal_name: `${name} SAS`,
        billing_email: `compta@account${accounts}.example`,
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms.net_30,
        credit_limit: 100_000,
      })
      const buyer = await registerCustomer(api, store.publishableKey, { email: `buyer${accounts}@o2c.test` })
      await addBuyer(api, admin, company.id, buyer.customer.id, "admin")
      return { company, buyer }
    }

    const invoice = async (buyer: StoreCustomer, quantity = 2) =>
      (
        await invoicedOrder(api, admin, buyer, {
          regionId: store.regionId,
          lines: [{ variant_id: variants["FAST-HB-M8-30"], quantity }],
        })
      ).invoice

    const pay = (body: Record<string, unknown>) =>
      settle(api.post("/admin/receivables/payments", { method: "bank_transfer", ...body }, admin))
    const ledger = async (companyId: string) =>
      (await api.get(`/admin/companies/${companyId}/ledger?limit=200`, admin)).data
    const payments = async (query = "") => (await api.get(`/admin/receivables/payments${query}`, admin)).data

    describe("2. Payments dated in the future are accepted", () => {
      it("refuses a payment or a reversal dated after today in the store's time zone, and writes nothing", async () => {
        const { company } = await account("Futur Daté")
        const before = await ledger(company.id)
        const tomorrow = addDays(today(), 1)

        const future = await pay({ company_id: company.id, amount: 100, received_on: "2027-06-01" })
        expect(future.status).toBe(400)
        expect(future.data.message).toBe(
          `received_on 2027-06-01 is after today (${today()}, ${timeZone()}): money cannot be booked on a future date`
        )
        const nextDay = await pay({ company_id: company.id, amount: 100, received_on: tomorrow })
        expect(nextDay.status).toBe(400)
        expect(nextDay.data.message).toMatch(`received_on ${tomorrow} is after today`)
        expect((await ledger(company.id)).count).toBe(before.count)

        // Today is a date that books money; a reversal dated tomorrow is refused like a payment.
        const paid = await pay({
          company_id: company.id,
          amount: 100,
          received_on: today(),
          allocate: "none",
        })
        expect(paid.status).toBe(201)
        const reverse = (body: Record<string, unknown>) =>
          settle(api.post(`/admin/receivables/payments/${paid.data.payment.id}/reverse`, body, admin))
        const refused = await reverse({ reason: "Bounced", reversed_on: tomorrow })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(`reversed_on ${tomorrow} is after today`)
        const { data: unchanged } = await api.get(
          `/admin/receivables/payments/${paid.data.payment.id}`,
          admin
        )
        expect(unchanged.payment).toMatchObject({ reversed_by: null, unallocated: 100 })
        expect((await ledger(company.id)).count).toBe(before.count + 1)

        const reversed = await reverse({ reason: "Bounced", reversed_on: today() })
        expect(reversed.status).toBe(200)
        expect(reversed.data.payment.reversed_by).toEqual(expect.any(String))
      })
    })

    describe("7. Payments across companies", () => {
      it("lists every payment with its company, what it settled and what is left, with filters and totals", async () => {
        const north = await account("Nord Outillage")
        const south = await account("Sud Fixations")
        const bill = await invoice(north.buyer)
        const settled = await pay({
          company_id: north.company.id,
          amount: bill.total,
          reference: "VIR-NORD-1",
          allocations: [{ invoice_id: bill.id, amount: bill.total }],
        })
        const cash = await pay({
          company_id: south.company.id,
          amount: 250,
          method: "check",
          reference: "CHQ-0042",
          allocate: "none",
        })
        const bounced = await pay({ company_id: south.company.id, amount: 40, allocate: "none" })
        await api.post(
          `/admin/receivables/payments/${bounced.data.payment.id}/reverse`,
          { reason: "Check returned unpaid" },
          admin
        )

        const all = await payments()
        expect(all).toMatchObject({ count: 3, offset: 0, limit: 50 })
        expect(all.payments).toHaveLength(3)
        const byId = Object.fromEntries(all.payments.map((p: any) => [p.id, p]))
        expect(byId[settled.data.payment.id]).toMatchObject({
          company: { id: north.company.id, name: "Nord Outillage" },
          currency_code: "eur",
          received_on: today(),
          amount: bill.total,
          method: "bank_transfer",
          reference: "VIR-NORD-1",
          allocated: bill.total,
          unapplied: 0,
          reversed_by: null,
        })
        expect(byId[cash.data.payment.id]).toMatchObject({
          company: { id: south.company.id, name: "Sud Fixations" },
          amount: 250,
          method: "check",
          reference: "CHQ-0042",
          allocated: 0,
          unapplied: 250,
        })
        expect(byId[bounced.data.payment.id]).toMatchObject({
          amount: 40,
          allocated: 0,
          unapplied: 0,
          reversed_by: expect.any(String),
        })
        // A reversed payment brought no cash: listed and counted, not summed.
        expect(all.totals).toEqual([
          { currency_code: "eur", count: 3, amount: bill.total + 250, allocated: bill.total, unapplied: 250 },
        ])

        // Unapplied cash is one filter away; a company's payments another.
        const unapplied = await payments("?unapplied_only=true")
        expect(unapplied.payments.map((p: any) => p.id)).toEqual([cash.data.payment.id])
        expect(unapplied.totals).toEqual([
          { currency_code: "eur", count: 1, amount: 250, allocated: 0, unapplied: 250 },
        ])
        const ofSouth = await payments(`?company_id=${south.company.id}&order=-amount`)
        expect(ofSouth.payments.map((p: any) => p.amount)).toEqual([250, 40])
        const paged = await payments("?order=amount&limit=1&offset=1")
        expect(paged).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(paged.payments.map((p: any) => p.amount)).toEqual([Math.min(bill.total, 250)])
        expect((await payments(`?from=${addDays(today(), -30)}&to=${addDays(today(), -1)}`)).count).toBe(0)
        expect((await payments(`?from=${today()}&to=${today()}`)).count).toBe(3)

        // Allocated from there: the cash settles the south company's new invoice and leaves the filter.
        const southBill = await invoice(south.buyer, 1)
        const { data: applied } = await api.post(
          `/admin/receivables/payments/${cash.data.payment.id}/allocations`,
          {},
          admin
        )
        expect(applied.payment.allocations.map((a: any) => a.document_number)).toEqual([southBill.number])
        const after = await payments("?unapplied_only=true")
        expect(after.payments.map((p: any) => [p.id, p.unapplied])).toEqual([
          [cash.data.payment.id, Number((250 - southBill.total).toFixed(2))],
        ])

        for (const [query, message] of [
          [
            "?unapplied_only=maybe",
            /^Invalid request: unapplied_only must be one of true, false, not "maybe"$/,
          ],
          [`?from=${today()}&to=${addDays(today(), -1)}`, /from \(.+\) must not be after to/],
          ["?order=company", /order must be one of/],
          ["?limit=0", /limit must be a whole number from 1 to 200/],
        ] as const) {
          const refused = await settle(api.get(`/admin/receivables/payments${query}`, admin))
          expect({ query, status: refused.status }).toEqual({ query, status: 400 })
          expect(refused.data.message).toMatch(message)
        }
        expect((await settle(api.get("/admin/receivables/payments"))).status).toBe(401)
      })
    })

    describe("8. Send a statement", () => {
      const notificationsOf = (companyId: string) =>
        getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ resource_id: companyId } as any)
      const timeline = async (companyId: string) =>
        (await api.get(`/admin/companies/${companyId}/credit-history`, admin)).data.credit_events
      const send = (companyId: string, body: Record<string, unknown>) =>
        settle(api.post(`/admin/companies/${companyId}/statement/send`, body, admin))

      it("e-mails the statement PDF to the billing e-mail by default and puts it on the timeline", async () => {
        const { company, buyer } = await account("Relevé Express")
        await invoice(buyer)
        const sent = await send(company.id, {})
        expect(sent.status).toBe(201)
        const period = { from: addDays(today(), -89), to: today() }
        expect(sent.data.statement_sent).toMatchObject({
          company_id: company.id,
          recipient: company.billing_email,
          ...period,
          currency_code: "eur",
          attachment: { filename: `statement-${period.from}-${period.to}.pdf` },
        })
        const [notification] = await notificationsOf(company.id)
        expect(notification).toMatchObject({
          to: company.billing_email,
          channel: "email",
          template: "o2c-statement",
          trigger_type: "statement.sent",
          resource_type: "company",
        })
        expect(notification.data?.attachments).toEqual([
          {
            filename: `statement-${period.from}-${period.to}.pdf`,
            content_type: "application/pdf",
            bytes: expect.any(Number),
          },
        ])
        const [attachment] = (notification.data?.attachments ?? []) as Array<{ bytes: number }>
        expect(attachment.bytes).toBeGreaterThan(1000)
        const [entry] = await timeline(company.id)
        expect(entry).toMatchObject({
          type: "statement_sent",
          actor_id: expect.stringMatching(/^user_/),
          to_value: { recipient: company.billing_email, ...period, currency_code: "eur" },
        })

        // Another period, to another recipient.
        const again = await send(company.id, {
          from: addDays(today(), -10),
          to: today(),
          recipient: "controller@releve-express.example",
        })
        expect(again.status).toBe(201)
        expect((await notificationsOf(company.id)).map((n: any) => n.to).sort()).toEqual(
          [company.billing_email, "controller@releve-express.example"].sort()
        )
        expect((await timeline(company.id))[0].to_value).toMatchObject({
          recipient: "controller@releve-express.example",
          from: addDays(today(), -10),
        })
      })

      it("refuses a bad recipient, a reversed period or an unknown company, and sends and records nothing", async () => {
        const { company } = await account("Relevé Refusé")
        const refusals: Array<[string, Record<string, unknown>, number, RegExp]> = [
          [company.id, { recipient: "not-an-email" }, 400, /recipient must be an e-mail address/],
          [company.id, { from: today(), to: addDays(today(), -1) }, 400, /from \(.+\) must not be after to/],
          [company.id, { from: "2026-02-30" }, 400, /from must be a date as YYYY-MM-DD/],
          [company.id, { currency_code: "usd" }, 400, /has no USD account/],
          ["comp_missing", {}, 404, /Company comp_missing was not found/],
        ]
        for (const [id, body, status, message] of refusals) {
          const refused = await send(id, body)
          expect({ body, status: refused.status }).toEqual({ body, status })
          expect(refused.data.message).toMatch(message)
        }
        expect(await notificationsOf(company.id)).toEqual([])
        expect(await notificationsOf("comp_missing")).toEqual([])
        expect((await timeline(company.id)).filter((e: any) => e.type === "statement_sent")).toEqual([])
      })
    })

    describe("12. Validation errors read as sentences about the field, once", () => {
      it("says once what is wrong with an amount, and names the invoice and amounts of an over-allocation", async () => {
        const { company, buyer } = await account("Montants Clairs")
        const before = await ledger(company.id)
        const cases: Array<[unknown, string]> = [
          ["abc", 'amount must be an amount more than 0, such as 120 or "120.50"; "abc" is not an amount'],
          [-50, "amount must be an amount more than 0, not -50"],
          [0, "amount must be an amount more than 0, not 0"],
        ]
        for (const [amount, sentence] of cases) {
          const refused = await pay({ company_id: company.id, amount })
          expect({ amount, status: refused.status, message: refused.data.message }).toEqual({
            amount,
            status: 400,
            message: `Invalid request: ${sentence}`,
          })
        }
        const allocation = await pay({
          company_id: company.id,
          amount: 5,
          allocations: [{ invoice_id: "inv_x", amount: "-1" }],
        })
        expect(allocation.data.message).toBe(
          "Invalid request: allocations.amount must be an amount more than 0, not -1"
        )

        const bill = await invoice(buyer)
        const [instalment] = bill.receivable.instalments
        const money = (value: number) => `${value.toFixed(2)} EUR`
        const tooMuch = (bill.total + 50).toFixed(2)
        const over = await pay({
          company_id: company.id,
          amount: tooMuch,
          allocations: [{ entry_id: instalment.entry_id, amount: tooMuch }],
        })
        expect(over.status).toBe(400)
        expect(over.data.message).toBe(
          `${bill.number} (due ${instalment.due_date}) has ${money(bill.total)} open, not ${money(bill.total + 50)}`
        )
        const short = await pay({
          company_id: company.id,
          amount: 1,
          allocations: [{ entry_id: instalment.entry_id, amount: 2 }],
        })
        expect(short.status).toBe(400)
        expect(short.data.message).toBe(
          `The payment of ${today()} has 1.00 EUR left to allocate, not 2.00 EUR`
        )
        const byInvoice = await pay({
          company_id: company.id,
          amount: tooMuch,
          allocations: [{ invoice_id: bill.id, amount: tooMuch }],
        })
        expect(byInvoice.data.message).toBe(
          `${bill.number} needs ${money(bill.total)} to be settled, not ${money(bill.total + 50)}`
        )
        expect((await ledger(company.id)).count).toBe(before.count + 1)

        // The same shared amount rule answers for a company's credit limit.
        const limit = await settle(
          api.post(`/admin/companies/${company.id}`, { credit_limit: -5, reason: "Typed by mistake" }, admin)
        )
        expect(limit.status).toBe(400)
        expect(limit.data.message).toMatch(
          /^Invalid request: credit_limit must be an amount of 0 or more, not -5/
        )
      })
    })

    describe("13. Statements default to the last 90 days", () => {
      it("gives admins and company admins the same default period", async () => {
        const { company, buyer } = await account("Période Commune")
        const bill = await invoice(buyer)
        const { data: forAdmin } = await api.get(`/admin/companies/${company.id}/statement`, admin)
        const { data: forBuyer } = await api.get("/store/company/statement", buyer)
        const period = { from: addDays(today(), -89), to: today() }
        expect(forAdmin.statement).toMatchObject(period)
        expect(forBuyer.statement).toMatchObject(period)
        expect(forAdmin.statement.movements.map((m: any) => m.document_number)).toContain(bill.number)
        expect(forBuyer.statement.closing_balance).toBe(forAdmin.statement.closing_balance)
      })
    })
  },
})
