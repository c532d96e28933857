import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays, calendarDateInZone } from "../../src/lib/time"
import { RECEIVABLES_MODULE } from "../../src/modules/receivables"
import type ReceivablesModuleService from "../../src/modules/receivables/service"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, settle } from "../helpers/b2b"
import { type EventRecorder, recordEvents } from "../helpers/events"
import { invoicedOrder } from "../helpers/receivables"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Orders are invoiced as soon as they are placed: each order is one invoice.
process.env.O2C_INVOICE_TRIGGER = "order_placed"

const O2C_EVENTS = [
  "invoice.issued",
  "invoice.sent",
  "invoice.paid",
  "invoice.partially_paid",
  "invoice.voided",
  "credit_note.issued",
  "payment.recorded",
  "payment.allocated",
  "payment.reversed",
  "statement.sent",
]

/** An amount as event payloads carry it: a decimal string with the currency's two decimals. */
const eur = (amount: BigNumberInput) => MathBN.convert(amount).toFixed(2)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })
    let company: { id: string; billing_email: string }
    let buyer: StoreCustomer
    let events: EventRecorder

    beforeAll(async () => {
      company = await createCompany(api, admin, {
        name: "Événements SA",
        legal_name: "Événements SA",
        billing_email: "compta@evenements.example",
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms.net_30,
        credit_limit: 100_000,
      })
      buyer = await registerCustomer(api, store.publishableKey, { email: "buyer@evenements.example" })
      await addBuyer(api, admin, company.id, buyer.customer.id, "admin")
      events = recordEvents(getContainer())
    })

    afterAll(() => events?.stop())

    const today = () =>
      calendarDateInZone(
        new Date(),
        getContainer().resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).options.timeZone
      )
    /** An on-account order of `quantity` bolts, invoiced and booked; the events before it are cleared. */
    const invoice = async (quantity = 2) => {
      const placed = await invoicedOrder(api, admin, buyer, {
        regionId: store.regionId,
        lines: [{ variant_id: variants["FAST-HB-M8-30"], quantity }],
      })
      // Sending follows issue: wait for it, so that its event does not land in the next step's list.
      await events.waitFor("invoice.sent", 1)
      return placed
    }
    const pay = (body: Record<string, unknown>) =>
      settle(api.post("/admin/receivables/payments", { method: "bank_transfer", ...body }, admin))
    const ledgerCount = async () =>
      (await api.get(`/admin/companies/${company.id}/ledger?limit=200`, admin)).data.count
    /** What these contexts published (Medusa's own, such as payment.captured, left aside). */
    const published = () => events.list().filter((e) => O2C_EVENTS.includes(e.name))

    /** Sends a request the server must refuse with `status`, and checks that it published no event. */
    async function expectRefusedSilently(request: () => Promise<unknown>, status: number) {
      events.clear()
      const refused = await settle(request())
      expect(refused.status).toBe(status)
      await events.settle()
      expect(published()).toEqual([])
    }

    beforeEach(() => events.clear())

    it("emits invoice.issued once when an order is invoiced, then invoice.sent once it is e-mailed", async () => {
      const { order, invoice: issued } = await invoice()
      await events.settle()
      expect(events.named("invoice.issued")).toEqual([
        {
          name: "invoice.issued",
          data: {
            id: issued.id,
            number: issued.number,
            order_id: order.id,
            company_id: company.id,
            customer_id: buyer.customer.id,
            currency_code: "eur",
            total: eur(issued.total),
            issue_date: issued.issue_date,
          },
        },
      ])
      expect(events.named("invoice.sent")).toEqual([
        {
          name: "invoice.sent",
          data: {
            id: issued.id,
            number: issued.number,
            kind: "invoice",
            company_id: company.id,
            sent_to: company.billing_email,
            sent_late: false,
            credit_note_ids: [],
            notification_id: expect.any(String),
          },
        },
      ])
      expect(events.named("credit_note.issued")).toEqual([])
    })

    it("emits credit_note.issued (never invoice.issued) per credit note, and invoice.voided once credited in full", async () => {
      const { order, invoice: issued } = await invoice(2)
      events.clear()
      const { data: partial } = await api.post(
        `/admin/invoices/${issued.id}/credit-notes`,
        { reason: "Damaged in transit", lines: [{ position: issued.lines[0].position, quantity: 1 }] },
        admin
      )
      const [first] = await events.waitFor("credit_note.issued", 1)
      expect(first.data).toEqual({
        id: partial.credit_note.id,
        number: partial.credit_note.number,
        invoice_id: issued.id,
        order_id: order.id,
        company_id: company.id,
        customer_id: buyer.customer.id,
        currency_code: "eur",
        total: eur(partial.credit_note.total),
        issue_date: partial.credit_note.issue_date,
        reason: "Damaged in transit",
      })

      const { data: rest } = await api.post(
        `/admin/invoices/${issued.id}/credit-notes`,
        { reason: "Order refused" },
        admin
      )
      const [voided] = await events.waitFor("invoice.voided", 1, 20_000)
      expect(voided.data).toEqual({
        id: issued.id,
        number: issued.number,
        order_id: order.id,
        company_id: company.id,
        currency_code: "eur",
        total: eur(issued.total),
        paid: "0.00",
        open: "0.00",
        status: "void",
        previous_status: "partially_credited",
      })
      await events.settle()
      expect(events.named("credit_note.issued").map((e) => e.data.id)).toEqual([
        partial.credit_note.id,
        rest.credit_note.id,
      ])
      expect(events.named("invoice.issued")).toEqual([])
      expect(events.named("invoice.voided")).toHaveLength(1)

      // Both credit notes go to the buyer (their invoice was sent): wait for that before the refusal.
      await events.waitFor("invoice.sent", 2, 30_000)
      // A refused credit note emits nothing.
      await expectRefusedSilently(
        () => api.post(`/admin/invoices/${issued.id}/credit-notes`, { reason: "Again" }, admin),
        400
      )
    })

    it("emits payment.recorded, payment.allocated with invoice.partially_paid then invoice.paid, and payment.reversed, each once", async () => {
      const { invoice: issued } = await invoice(2)
      events.clear()
      const total = eur(issued.total)
      const recorded = await pay({
        company_id: company.id,
        amount: total,
        allocate: "none",
        reference: "VIR-42",
      })
      expect(recorded.status).toBe(201)
      const payment = recorded.data.payment
      await events.waitFor("payment.recorded", 1)
      await events.settle()
      expect(published()).toEqual([
        {
          name: "payment.recorded",
          data: {
            id: payment.id,
            company_id: company.id,
            currency_code: "eur",
            amount: total,
            received_on: today(),
            method: "bank_transfer",
            reference: "VIR-42",
            unallocated: total,
          },
        },
      ])

      // A first allocation pays part of the invoice.
      events.clear()
      const part = await settle(
        api.post(
          `/admin/receivables/payments/${payment.id}/allocations`,
          { allocations: [{ invoice_id: issued.id, amount: "10.00" }] },
          admin
        )
      )
      expect(part.status).toBe(200)
      await events.waitFor("invoice.partially_paid", 1)
      await events.settle()
      const left = MathBN.sub(total, 10).toFixed(2)
      expect(published()).toEqual(
        expect.arrayContaining([
          {
            name: "payment.allocated",
            data: {
              id: payment.id,
              company_id: company.id,
              currency_code: "eur",
              amount: "10.00",
              unallocated: left,
              allocations: [
                {
                  document_id: issued.id,
                  document_number: issued.number,
                  due_date: issued.due_schedule[0].due_date,
                  amount: "10.00",
                },
              ],
            },
          },
          {
            name: "invoice.partially_paid",
            data: {
              id: issued.id,
              number: issued.number,
              order_id: issued.order_id,
              company_id: company.id,
              currency_code: "eur",
              total,
              paid: "10.00",
              open: left,
              status: "partially_paid",
              previous_status: "issued",
            },
          },
        ])
      )
      expect(published()).toHaveLength(2)

      // The rest of it, oldest first, pays the invoice in full.
      events.clear()
      expect(
        (await settle(api.post(`/admin/receivables/payments/${payment.id}/allocations`, {}, admin))).status
      ).toBe(200)
      await events.waitFor("invoice.paid", 1)
      await events.settle()
      expect(events.named("payment.allocated")).toEqual([
        expect.objectContaining({
          data: expect.objectContaining({ amount: left, unallocated: "0.00" }),
        }),
      ])
      expect(events.named("invoice.paid")).toEqual([
        {
          name: "invoice.paid",
          data: expect.objectContaining({
            id: issued.id,
            paid: total,
            open: "0.00",
            status: "paid",
            previous_status: "partially_paid",
          }),
        },
      ])
      expect(published()).toHaveLength(2)

      // A bounced transfer: the payment is reversed and the invoice is open again.
      events.clear()
      const reversed = await settle(
        api.post(`/admin/receivables/payments/${payment.id}/reverse`, { reason: "Bounced" }, admin)
      )
      expect(reversed.status).toBe(200)
      const [reversal] = await events.waitFor("payment.reversed", 1)
      expect(reversal.data).toEqual({
        id: payment.id,
        company_id: company.id,
        currency_code: "eur",
        amount: total,
        reversed_on: today(),
        reason: "Bounced",
        reopened_document_ids: [issued.id],
      })
      await events.settle()
      expect(published()).toEqual([reversal])

      // Reversed twice is refused: nothing more.
      await expectRefusedSilently(
        () => api.post(`/admin/receivables/payments/${payment.id}/reverse`, { reason: "Again" }, admin),
        409
      )
    })

    it("emits nothing and writes nothing for a refused payment (dated tomorrow, or over-allocated)", async () => {
      const { invoice: issued } = await invoice(1)
      events.clear()
      const before = await ledgerCount()
      const future = await pay({ company_id: company.id, amount: 10, received_on: addDays(today(), 1) })
      expect(future.status).toBe(400)
      const tooMuch = eur(MathBN.add(issued.total, 50))
      const over = await pay({
        company_id: company.id,
        amount: tooMuch,
        allocations: [{ invoice_id: issued.id, amount: tooMuch }],
      })
      expect(over.status).toBe(400)
      await events.settle()
      expect(published()).toEqual([])
      expect(await ledgerCount()).toBe(before)
    })

    it("emits statement.sent once with its payload when a statement is e-mailed, and nothing when refused", async () => {
      const sent = await settle(api.post(`/admin/companies/${company.id}/statement/send`, {}, admin))
      expect(sent.status).toBe(201)
      const [event] = await events.waitFor("statement.sent", 1)
      expect(event.data).toEqual({
        company_id: company.id,
        recipient: company.billing_email,
        from: addDays(today(), -89),
        to: today(),
        currency_code: "eur",
        closing_balance: sent.data.statement_sent.closing_balance,
        notification_id: expect.any(String),
      })
      expect(event.data.closing_balance).toMatch(/^-?\d+\.\d{2}$/)

      await expectRefusedSilently(
        () => api.post(`/admin/companies/${company.id}/statement/send`, { recipient: "not-an-email" }, admin),
        400
      )
    })
  },
})
