import { MathBN, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PDFDocument } from "pdf-lib"
import retryInvoiceRenders from "../../src/jobs/retry-invoice-renders"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, eventually, settle } from "../helpers/b2b"
import { buildCart, choosePayment } from "../helpers/checkout"
import { pdfText } from "../helpers/invoicing"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Orders are invoiced on shipment (the default) or by "Invoice now": these
// tests invoice each order themselves, through the admin's button.

const money = (value: number | string) => Number(MathBN.convert(value).decimalPlaces(2, 4).toFixed(2))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })

    /** A company on Net 30 with a company admin who buys for it. */
    async function companyWithBuyer(name: string, email: string) {
      const company = await createCompany(api, admin, {
        name,
        legal_name: `${name} SAS`,
        billing_email: `compta@${email.split("@")[1]}`,
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms.net_30,
        credit_limit: 100_000,
      })
      const buyer = await registerCustomer(api, store.publishableKey, { email })
      await addBuyer(api, admin, company.id, buyer.customer.id, "admin")
      return { id: company.id as string, buyer }
    }

    async function placeOrder(
      who: StoreCustomer,
      lines: Array<[string, number]>,
      provider = ON_ACCOUNT_PROVIDER_ID
    ) {
      const cart = await buildCart(api, who, {
        regionId: store.regionId,
        lines: lines.map(([sku, quantity]) => ({ variant_id: variants[sku], quantity })),
      })
      await choosePayment(api, who, cart.id, provider)
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, who)
      expect(data.type).toBe("order")
      return data.order as { id: string; display_id: number; total: number }
    }

    /** "Invoice now" on the order page. */
    const invoiceNow = async (orderId: string) =>
      (await api.post(`/admin/orders/${orderId}/invoices`, {}, admin)).data.invoice

    const invoice = async (id: string) => (await api.get(`/admin/invoices/${id}`, admin)).data.invoice
    const notificationsOf = (resourceId: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: resourceId } as any)

    // First, while no Chromium has been launched yet in this app: a warm
    // browser would render whatever CHROMIUM_PATH says.
    describe("11. an outage's backlog is visible, and goes out marked late once renders work", () => {
      it("holds invoices back while renders fail, shows why, then sends them late, a credited one with its credit note", async () => {
        const { id: companyId, buyer } = await companyWithBuyer("Forges Panne", "admin@panne.example")
        const first = await placeOrder(buyer, [["SAFE-GL-C-9", 2]])
        const second = await placeOrder(buyer, [["FAST-HB-M8-30", 3]])

        const healthy = (await api.get("/admin/invoices/render-health", admin)).data.render_health
        expect(healthy).toMatchObject({ failing: 0, last_error: null, oldest_issue_date: null })

        process.env.CHROMIUM_PATH = "/nonexistent/chromium"
        let late: any
        let credited: any
        let creditNote: any
        try {
          late = await invoiceNow(first.id)
          credited = await invoiceNow(second.id)
          await eventually(async () => {
            for (const id of [late.id, credited.id]) {
              expect((await invoice(id)).render_status).toBe("failed")
            }
          }, 30_000)
          creditNote = (
            await api.post(
              `/admin/invoices/${credited.id}/credit-notes`,
              { reason: "Order cancelled" },
              admin
            )
          ).data.credit_note
          expect(creditNote.total).toBe(credited.total)
          await eventually(
            async () => expect((await invoice(creditNote.id)).render_status).toBe("failed"),
            30_000
          )

          // The banner's source: how many, since when, and the cause.
          const { data } = await api.get("/admin/invoices/render-health", admin)
          expect(data.render_health).toMatchObject({
            failing: 3,
            retries_exhausted: 0,
            oldest_issue_date: late.issue_date,
            last_error: expect.stringMatching(/Chromium not found at \/nonexistent\/chromium/),
          })
          // Nothing reached the buyer.
          for (const id of [late.id, credited.id, creditNote.id]) {
            expect(await notificationsOf(id)).toHaveLength(0)
            expect((await invoice(id)).delivery_status).toBe("not_sent")
          }
        } finally {
          delete process.env.CHROMIUM_PATH
        }

        await retryInvoiceRenders(getContainer())

        // Each invoice went out, marked late with its original issue date.
        const [lateMail] = await notificationsOf(late.id)
        expect(lateMail.to).toBe("compta@panne.example")
        expect(lateMail.data).toMatchObject({
          sent_late: true,
          issue_date: late.issue_date,
          subject: `Invoice ${late.number} (sent late, issued ${late.issue_date})`,
          credit_notes: [],
        })
        expect(lateMail.data!.body).toContain(`It is sent late: it was issued on ${late.issue_date}`)

        // The credited invoice went out together with its credit note, in one email.
        const creditedMails = await notificationsOf(credited.id)
        expect(creditedMails).toHaveLength(1)
        expect(creditedMails[0].data).toMatchObject({
          sent_late: true,
          subject: `Invoice ${credited.number} and credit note ${creditNote.number} (sent late, issued ${credited.issue_date})`,
          credit_notes: [expect.objectContaining({ id: creditNote.id, number: creditNote.number })],
        })
        expect(creditedMails[0].data!.body).toContain("cancels it in full: nothing is due on it")
        expect(await notificationsOf(creditNote.id)).toHaveLength(0)

        for (const id of [late.id, credited.id, creditNote.id]) {
          expect(await invoice(id)).toMatchObject({
            render_status: "rendered",
            delivery_status: "sent",
            sent_late: true,
          })
        }
        const { data: list } = await api.get(`/admin/invoices?company_id=${companyId}`, admin)
        expect(list.invoices.map((i: any) => [i.number, i.sent_late, i.issue_date])).toEqual(
          expect.arrayContaining([
            [late.number, true, late.issue_date],
            [credited.number, true, credited.issue_date],
          ])
        )
        expect((await invoice(credited.id)).status).toBe("void")

        const { data: after } = await api.get("/admin/invoices/render-health", admin)
        expect(after.render_health).toMatchObject({ failing: 0, last_error: null })

        // The job running again sends nothing twice.
        await retryInvoiceRenders(getContainer())
        expect(await notificationsOf(late.id)).toHaveLength(1)
        expect(await notificationsOf(credited.id)).toHaveLength(1)
      })

      it("sends an invoice rendered at once on time, without the late mark", async () => {
        const { buyer } = await companyWithBuyer("Forges Alerte", "admin@alerte.example")
        const order = await placeOrder(buyer, [["SAFE-GL-C-9", 1]])
        const issued = await invoiceNow(order.id)
        const sent = await eventually(async () => {
          const read = await invoice(issued.id)
          expect(read.delivery_status).toBe("sent")
          return read
        }, 30_000)
        expect(sent.sent_late).toBe(false)
        const [mail] = await notificationsOf(issued.id)
        expect(mail.data).toMatchObject({ sent_late: false, subject: `Invoice ${issued.number}` })
      })
    })

    describe("3. invoice statuses tell the truth, and the list's totals agree with the ledger", () => {
      it("marks an invoice paid at checkout paid, prints it on the PDF, and credits it", async () => {
        const { id: companyId, buyer } = await companyWithBuyer("Forges Carte", "admin@carte.example")
        const paidByCard = await placeOrder(buyer, [["SAFE-GL-C-9", 2]], "pp_system_default")
        const cardInvoice = await invoiceNow(paidByCard.id)
        expect(cardInvoice).toMatchObject({
          status: "paid",
          payment_terms_text: "Paid at checkout",
          receivable: null,
        })
        const { data: paidList } = await api.get(`/admin/invoices?company_id=${companyId}&status=paid`, admin)
        expect(paidList.invoices.map((i: any) => i.id)).toEqual([cardInvoice.id])

        await eventually(
          async () => expect((await invoice(cardInvoice.id)).render_status).toBe("rendered"),
          30_000
        )
        const pdf = Buffer.from(
          (await api.get(`/admin/invoices/${cardInvoice.id}/pdf`, { ...admin, responseType: "arraybuffer" }))
            .data
        )
        expect(pdfText(pdf)).toContain("Paid in full at checkout: nothing is due.")

        // Part of it credited: what is left was paid at checkout. All of it: credited.
        await api.post(
          `/admin/invoices/${cardInvoice.id}/credit-notes`,
          { reason: "One pair returned", lines: [{ position: 1, quantity: 1 }] },
          admin
        )
        expect((await invoice(cardInvoice.id)).status).toBe("paid")
        await api.post(`/admin/invoices/${cardInvoice.id}/credit-notes`, { reason: "All returned" }, admin)
        expect((await invoice(cardInvoice.id)).status).toBe("void")
      })

      it("says partially credited, and sums open amounts over card and on-account invoices as the ledger does", async () => {
        const { id: companyId, buyer } = await companyWithBuyer("Forges Mixtes", "admin@mixtes.example")
        const byCard = await invoiceNow(
          (await placeOrder(buyer, [["FAST-HB-M8-30", 5]], "pp_system_default")).id
        )
        const onAccount = await invoiceNow((await placeOrder(buyer, [["SAFE-GL-C-9", 3]])).id)
        const partlyCredited = await invoiceNow((await placeOrder(buyer, [["SAFE-GL-C-9", 4]])).id)
        // On account: booked in the ledger a moment after issue.
        for (const id of [onAccount.id, partlyCredited.id]) {
          await eventually(async () => expect((await invoice(id)).receivable).not.toBeNull())
        }
        const { data: note } = await api.post(
          `/admin/invoices/${partlyCredited.id}/credit-notes`,
          { reason: "One box damaged", lines: [{ position: 1, quantity: 1 }] },
          admin
        )
        await eventually(async () => {
          const read = await invoice(partlyCredited.id)
          expect(read.status).toBe("partially_credited")
          expect(read.receivable.credited).toBe(note.credit_note.total)
        })
        const { data: filtered } = await api.get(
          `/admin/invoices?company_id=${companyId}&status=partially_credited`,
          admin
        )
        expect(filtered.invoices.map((i: any) => i.id)).toEqual([partlyCredited.id])
        expect(await invoice(byCard.id)).toMatchObject({ status: "paid", receivable: null })
        expect(await invoice(onAccount.id)).toMatchObject({ status: "issued" })

        const { data: ledger } = await api.get(`/admin/companies/${companyId}/ledger`, admin)
        const { data: list } = await api.get(`/admin/invoices?company_id=${companyId}&limit=1`, admin)
        const open = money(onAccount.total + partlyCredited.total - note.credit_note.total)
        expect(ledger.balance).toBe(open)
        // Every page's invoices, not only the one shown: the card invoice owes nothing.
        expect(list.summary).toEqual([{ currency_code: "eur", invoices: 2, open }])

        // A payment of the rest: paid, and nothing open in the list or the ledger.
        await api.post(
          "/admin/receivables/payments",
          { company_id: companyId, amount: open, method: "bank_transfer" },
          admin
        )
        await eventually(async () => expect((await invoice(partlyCredited.id)).status).toBe("paid"))
        expect((await invoice(onAccount.id)).status).toBe("paid")
        const { data: settled } = await api.get(`/admin/invoices?company_id=${companyId}`, admin)
        expect(settled.summary).toEqual([])
        expect((await api.get(`/admin/companies/${companyId}/ledger`, admin)).data.balance).toBe(0)
      })

      it("refuses a status the list does not know", async () => {
        const refused = await settle(api.get("/admin/invoices?status=cancelled", admin))
        expect(refused.status).toBe(400)
      })
    })

    describe('10. "Invoice now" says when nothing is left to invoice', () => {
      it("exposes what is left to invoice and refuses a second invoice with the reason, writing nothing", async () => {
        const { buyer } = await companyWithBuyer("Forges Bouton", "admin@bouton.example")
        const order = await placeOrder(buyer, [["SAFE-GL-C-9", 2]])

        const { data: before } = await api.get(`/admin/orders/${order.id}/invoices`, admin)
        expect(before).toMatchObject({
          invoices: [],
          left_to_invoice: true,
          nothing_left_reason: null,
          payment_methods: [{ provider_id: ON_ACCOUNT_PROVIDER_ID, label: "Pay on account" }],
        })

        const issued = await invoiceNow(order.id)
        const { data: after } = await api.get(`/admin/orders/${order.id}/invoices`, admin)
        const reason = `Order #${order.display_id} has nothing left to invoice: its 2 units and its shipping are on ${issued.number}`
        expect(after).toMatchObject({ left_to_invoice: false, nothing_left_reason: reason })
        expect(after.invoices.map((i: any) => i.id)).toEqual([issued.id])

        const again = await settle(api.post(`/admin/orders/${order.id}/invoices`, {}, admin))
        expect(again.status).toBe(409)
        expect(again.data.message).toBe(reason)
        const { data: list } = await api.get(`/admin/invoices?order_id=${order.id}`, admin)
        expect(list.count).toBe(1)
      })

      it("answers 404 for an order that does not exist", async () => {
        const missing = await settle(api.get("/admin/orders/order_missing/invoices", admin))
        expect(missing.status).toBe(404)
        const refused = await settle(api.post("/admin/orders/order_missing/invoices", {}, admin))
        expect(refused.status).toBe(404)
      })
    })

    describe("13. what buyers and PDF readers see", () => {
      it("keeps render internals out of the store's invoice JSON", async () => {
        const { buyer } = await companyWithBuyer("Forges Vitrine", "admin@vitrine.example")
        const issued = await invoiceNow((await placeOrder(buyer, [["SAFE-GL-C-9", 1]])).id)
        const { data: list } = await api.get("/store/invoices", buyer)
        expect(list.invoices.map((i: any) => i.id)).toEqual([issued.id])
        const { data: one } = await api.get(`/store/invoices/${issued.id}`, buyer)
        for (const shown of [list.invoices[0], one.invoice]) {
          expect(shown).not.toHaveProperty("render_error")
          expect(shown).not.toHaveProperty("render_attempts")
          expect(shown).not.toHaveProperty("send_error")
        }
      })

      it("names the plugin and the seller in the PDF's metadata, not the browser", async () => {
        const { buyer } = await companyWithBuyer("Forges Meta", "admin@meta.example")
        const issued = await invoiceNow((await placeOrder(buyer, [["SAFE-GL-C-9", 1]])).id)
        await eventually(
          async () => expect((await invoice(issued.id)).render_status).toBe("rendered"),
          30_000
        )
        const bytes = (
          await api.get(`/admin/invoices/${issued.id}/pdf`, { ...admin, responseType: "arraybuffer" })
        ).data
        const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
        expect({
          title: pdf.getTitle(),
          author: pdf.getAuthor(),
          creator: pdf.getCreator(),
          producer: pdf.getProducer(),
        }).toEqual({
          title: `Invoice ${issued.number}`,
          author: issued.seller.legal_name,
          creator: "medusa-plugin-o2c",
          producer: "medusa-plugin-o2c (pdf-lib)",
        })
      })
    })
  },
})
