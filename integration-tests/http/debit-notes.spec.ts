import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import {
  type IssueDebitNoteInput,
  issueDebitNoteWorkflow,
} from "../../src/workflows/invoicing/issue-debit-note"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, eventually } from "../helpers/b2b"
import { validateEn16931Many } from "../helpers/en16931"
import { type EventRecorder, recordEvents } from "../helpers/events"
import { pdfText } from "../helpers/invoicing"
import { invoicedOrder } from "../helpers/receivables"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Orders are invoiced as soon as they are placed: each order is one invoice.
process.env.O2C_INVOICE_TRIGGER = "order_placed"

/** The number right after `number` in its series: INV-2026-000007 -> INV-2026-000008. */
const nextNumber = (number: string) => {
  const [, series, sequence] = /^(.*-)(\d+)$/.exec(number)!
  return `${series}${String(Number(sequence) + 1).padStart(sequence.length, "0")}`
}

// Debit notes are issued by dunning (a credit controller approves a claim),
// which runs the workflow; the admin API shows what it wrote.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })
    let events: EventRecorder
    const late: { companyId: string; invoice: any } = { companyId: "", invoice: null }
    const other: { companyId: string; invoice: any } = { companyId: "", invoice: null }

    /** A company (French documents) with an invoiced on-account order. */
    async function invoicedCompany(name: string, email: string) {
      const company = await createCompany(api, admin, {
        name,
        legal_name: `${name} SARL`,
        billing_email: `compta@${email}`,
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms.net_30,
        credit_limit: 100_000,
        language: "fr",
      })
      const buyer = await registerCustomer(api, store.publishableKey, { email: `achats@${email}` })
      await addBuyer(api, admin, company.id, buyer.customer.id, "admin")
      const { invoice } = await invoicedOrder(api, admin, buyer, {
        regionId: store.regionId,
        lines: [{ variant_id: variants["FAST-HB-M8-30"], quantity: 10 }],
      })
      return { companyId: company.id as string, invoice }
    }

    beforeAll(async () => {
      Object.assign(other, await invoicedCompany("Forges Voisines", "voisines.example"))
      Object.assign(late, await invoicedCompany("Chaudronnerie Lente", "lente.example"))
      events = recordEvents(getContainer())
    })

    afterAll(() => events?.stop())
    // The runner restores the database to its state after beforeAll before each test: each test issues its own.
    beforeEach(() => events?.clear())

    const indemnity = (change: Partial<IssueDebitNoteInput> = {}): IssueDebitNoteInput => ({
      company_id: late.companyId,
      currency_code: "eur",
      relates_to_invoice_id: late.invoice.id,
      charge: "indemnity",
      description: `Indemnité forfaitaire pour frais de recouvrement, facture ${late.invoice.number}`,
      amount: "40.00",
      source_ref: "dunning_claim:dclm_1",
      actor_id: "user_credit_controller",
      ...change,
    })
    const issue = (input: IssueDebitNoteInput) => issueDebitNoteWorkflow(getContainer()).run({ input })
    const document = async (id: string) => (await api.get(`/admin/invoices/${id}`, admin)).data.invoice
    const ledger = async (companyId: string) =>
      (await api.get(`/admin/companies/${companyId}/ledger?limit=100`, admin)).data

    /** Issues a debit note and waits until the ledger has booked it. */
    async function issuedAndBooked(change: Partial<IssueDebitNoteInput> = {}) {
      const { result } = await issue(indemnity(change))
      await eventually(async () => {
        const { entries } = await ledger(late.companyId)
        expect(entries.map((e: any) => e.document_id)).toContain(result.id)
      })
      return result
    }

    /** What a refused request must leave as it was: every document, every number, every entry. */
    async function written() {
      const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      const [, documents] = await invoicing.listAndCountInvoices({}, { withDeleted: true })
      const sequences = await invoicing.listInvoiceSequences({}, { select: ["series", "last_number"] })
      return {
        documents,
        sequences: Object.fromEntries(sequences.map((s) => [s.series, s.last_number])),
        entries: (await ledger(late.companyId)).count + (await ledger(other.companyId)).count,
      }
    }

    it("issues the 40 EUR indemnity as a debit note: next invoice number, booked as a late fee, valid e-invoices, a French PDF, e-mailed", async () => {
      const { data: last } = await api.get("/admin/invoices?limit=1", admin)
      expect(last.invoices[0].id).toBe(late.invoice.id)

      const { result } = await issue(indemnity())
      const [issued] = await events.waitFor("debit_note.issued")

      const debitNote = await document(result.id)
      expect(debitNote).toMatchObject({
        kind: "debit_note",
        status: "issued",
        number: nextNumber(late.invoice.number),
        series: late.invoice.series,
        company_id: late.companyId,
        currency_code: "eur",
        corrects_invoice_id: late.invoice.id,
        corrects: { id: late.invoice.id, number: late.invoice.number },
        subtotal: 40,
        tax_total: 0,
        total: 40,
        payment_terms_text: null,
        payment_reference: expect.stringMatching(/^RF\d{2}INV\d{10}$/),
        buyer: late.invoice.buyer,
        seller: late.invoice.seller,
      })
      expect(debitNote.lines).toEqual([
        expect.objectContaining({
          title: `Indemnité forfaitaire pour frais de recouvrement, facture ${late.invoice.number}`,
          quantity: 1,
          net_amount: "40.00",
          tax_category: "E",
          tax_rate: "0",
          tax_amount: "0.00",
          charge: "indemnity",
        }),
      ])
      expect(debitNote.tax_breakdown).toEqual([
        expect.objectContaining({
          tax_category: "E",
          taxable_amount: "40.00",
          exemption_reason: expect.stringContaining("art. 256 CGI"),
        }),
      ])
      // Payable on receipt.
      expect(debitNote.due_schedule).toEqual([{ due_date: debitNote.issue_date, amount: "40.00" }])
      expect(issued.data).toEqual({
        id: debitNote.id,
        number: debitNote.number,
        order_id: late.invoice.order_id,
        company_id: late.companyId,
        customer_id: late.invoice.customer_id,
        currency_code: "eur",
        total: "40.00",
        issue_date: debitNote.issue_date,
        invoice_id: late.invoice.id,
        charge: "indemnity",
        source_ref: "dunning_claim:dclm_1",
      })

      // The invoice list is the invoice series: the debit note is in it, and the late invoice lists it.
      const { data: listed } = await api.get(`/admin/invoices?company_id=${late.companyId}`, admin)
      expect(listed.invoices.map((d: any) => [d.number, d.kind])).toEqual([
        [debitNote.number, "debit_note"],
        [late.invoice.number, "invoice"],
      ])
      const invoice = await document(late.invoice.id)
      expect(invoice.debit_notes).toEqual([expect.objectContaining({ id: debitNote.id, total: 40 })])
      expect(invoice.credit_notes).toEqual([])
      expect(invoice.credited_total).toBe(0)
      expect(invoice.status).toBe("issued")

      // The series' hash chain holds with the debit note in it.
      const { data: chain } = await api.get(`/admin/invoice-series/${debitNote.series}/verify`, admin)
      expect(chain.verification).toMatchObject({ valid: true, first_broken: null })

      // Booked: one late-fee debit of 40.00 due on receipt, and the company owes it.
      const booked = await eventually(async () => {
        const account = await ledger(late.companyId)
        const entries = account.entries.filter((e: any) => e.document_id === debitNote.id)
        expect(entries).toHaveLength(1)
        return { account, entry: entries[0] }
      })
      expect(booked.entry).toMatchObject({
        type: "late_fee",
        side: "debit",
        amount: 40,
        due_date: debitNote.issue_date,
        document_type: "debit_note",
        document_number: debitNote.number,
      })
      expect(booked.account.balance).toBeCloseTo(late.invoice.total + 40, 2)
      expect((await document(debitNote.id)).receivable).toMatchObject({ open: 40, paid: 0 })

      // Rendered in the company's language, with valid e-invoices, and e-mailed.
      await eventually(
        async () => expect((await document(debitNote.id)).render_status).toBe("rendered"),
        60_000
      )
      const { data: pdf } = await api.get(`/admin/invoices/${debitNote.id}/pdf`, {
        ...admin,
        responseType: "arraybuffer",
      })
      const text = pdfText(Buffer.from(pdf)).replace(/\s+/g, " ")
      for (const mention of [
        "Note de débit",
        debitNote.number,
        late.invoice.number,
        "40,00",
        "art. 256 CGI",
      ]) {
        expect({ mention, found: text.includes(mention) }).toEqual({ mention, found: true })
      }
      const cii = (await api.get(`/admin/invoices/${debitNote.id}/xml?format=cii`, admin)).data as string
      const ubl = (await api.get(`/admin/invoices/${debitNote.id}/xml?format=ubl`, admin)).data as string
      expect(cii).toContain("<ram:TypeCode>383</ram:TypeCode>")
      expect(ubl).toContain("<cbc:InvoiceTypeCode>383</cbc:InvoiceTypeCode>")
      expect(validateEn16931Many([cii], "cii")[0].fatal).toEqual([])
      expect(validateEn16931Many([ubl], "ubl")[0].fatal).toEqual([])
      const mail = await eventually(async () => {
        const sent = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ resource_id: debitNote.id } as any)
        expect(sent).toHaveLength(1)
        return sent[0]
      }, 30_000)
      expect(mail.to).toBe("compta@lente.example")
      expect(mail.data?.subject).toBe(`Debit note ${debitNote.number}`)
    })

    it("gives the same debit note for the same source_ref, and refuses it a different charge", async () => {
      const first = await issuedAndBooked()
      await events.waitFor("debit_note.issued")
      const before = await written()

      const { result } = await issue(indemnity())
      expect(result.id).toBe(first.id)
      expect(result.number).toBe(first.number)

      const { errors } = await issueDebitNoteWorkflow(getContainer()).run({
        input: indemnity({ amount: "50" }),
        throwOnError: false,
      })
      expect(errors[0]?.error).toMatchObject({
        type: "conflict",
        message: expect.stringContaining(`dunning_claim:dclm_1 already issued debit note ${first.number}`),
      })

      await events.settle()
      expect(events.named("debit_note.issued")).toHaveLength(1)
      expect(await written()).toEqual(before)
    })

    it("is paid like an invoice: issued, then paid once a payment settles it", async () => {
      const debitNote = await issuedAndBooked()
      await api
        .post(
          "/admin/receivables/payments",
          {
            company_id: late.companyId,
            amount: "40.00",
            method: "bank_transfer",
            allocations: [{ invoice_id: debitNote.id, amount: "40.00" }],
          },
          admin
        )
        .catch((e: any) => {
          throw new Error(JSON.stringify(e.response?.data ?? e.message))
        })
      const paid = await eventually(async () => {
        const read = await document(debitNote.id)
        expect(read.status).toBe("paid")
        return read
      })
      expect(paid.receivable).toMatchObject({ open: 0, paid: 40 })
      // The late invoice still owes all of its own amount.
      expect(await document(late.invoice.id)).toMatchObject({ status: "issued", receivable: { paid: 0 } })
    })

    it.each<[string, () => Promise<[Partial<IssueDebitNoteInput>, string]>]>([
      ["a zero amount", async () => [{ amount: "0" }, "amount must be an amount more than 0, not 0"]],
      ["a negative amount", async () => [{ amount: "-40" }, "amount must be an amount more than 0, not -40"]],
      [
        "an invoice of another company",
        async () => [
          { relates_to_invoice_id: other.invoice.id },
          `${other.invoice.number} is not an invoice of company ${late.companyId}`,
        ],
      ],
      [
        "another currency",
        async () => [{ currency_code: "usd" }, `${late.invoice.number} is in EUR, not USD`],
      ],
      [
        "a debit note in place of the late invoice",
        async () => [
          { relates_to_invoice_id: (await issuedAndBooked({ source_ref: "dunning_claim:earlier" })).id },
          "is not an issued invoice",
        ],
      ],
    ])("refuses %s and writes nothing", async (_, request) => {
      const [change, message] = await request()
      const before = await written()
      events.clear()
      const { errors } = await issueDebitNoteWorkflow(getContainer()).run({
        input: indemnity({ source_ref: "dunning_claim:refused", ...change }),
        throwOnError: false,
      })
      expect(errors[0]?.error).toMatchObject({
        type: "invalid_data",
        message: expect.stringContaining(message),
      })
      await events.settle()
      expect(events.named("debit_note.issued")).toEqual([])
      expect(await written()).toEqual(before)
    })
  },
})
