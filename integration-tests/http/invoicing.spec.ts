import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ON_ACCOUNT_PROVIDER_ID } from "../../src/providers/on-account"
import type { Headers } from "../helpers/admin"
import { addBuyer, COMPANY_BILLING_ADDRESS, createCompany, eventually, settle } from "../helpers/b2b"
import { buildCart, choosePayment } from "../helpers/checkout"
import { validateEn16931Many } from "../helpers/en16931"
import { documentsOf, pdfText, ship, shipAll } from "../helpers/invoicing"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer, type StoreCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Invoices are issued on shipment (the default trigger).
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })

    let companyCounter = 0
    async function companyWithBuyers(paymentTerm = "2_10_net_30") {
      companyCounter++
      const company = await createCompany(api, admin, {
        name: `Chaudronnerie ${companyCounter}`,
        legal_name: `Chaudronnerie Dubois ${companyCounter} SARL`,
        billing_email: `compta${companyCounter}@dubois.example`,
        billing_address: COMPANY_BILLING_ADDRESS,
        payment_term_id: terms[paymentTerm],
        credit_limit: 100_000,
      })
      const companyAdmin = await registerCustomer(api, store.publishableKey, {
        email: `admin${companyCounter}@dubois.example`,
      })
      const buyer = await registerCustomer(api, store.publishableKey, {
        email: `buyer${companyCounter}@dubois.example`,
      })
      await addBuyer(api, admin, company.id, companyAdmin.customer.id, "admin")
      await addBuyer(api, admin, company.id, buyer.customer.id, "buyer")
      return { company, companyAdmin, buyer }
    }

    async function orderOnAccount(
      buyer: StoreCustomer,
      lines: Array<{ sku: string; quantity: number }>,
      metadata?: object
    ) {
      const cart = await buildCart(api, buyer, {
        regionId: store.regionId,
        lines: lines.map((l) => ({ variant_id: variants[l.sku], quantity: l.quantity })),
      })
      if (metadata) {
        await api.post(`/store/carts/${cart.id}`, { metadata }, buyer)
      }
      await choosePayment(api, buyer, cart.id, ON_ACCOUNT_PROVIDER_ID)
      const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, buyer)
      expect(data.type).toBe("order")
      // The commitment (with its payment term) is confirmed by the order.placed subscriber.
      await eventually(async () => {
        const { data: linked } = await api.get(`/admin/orders/${data.order.id}?fields=id,items.*`, admin)
        expect(linked.order.items.length).toBeGreaterThan(0)
      })
      return (
        await api.get(
          `/admin/orders/${data.order.id}?fields=*items,total,subtotal,tax_total,shipping_total`,
          admin
        )
      ).data.order
    }

    const download = async (path: string, headers: Headers) =>
      (await api.get(path, { ...headers, responseType: "arraybuffer" })) as {
        status: number
        data: Buffer
        headers: any
      }

    it("invoices a shipped on-account order: numbered, legal PDF with Factur-X, valid e-invoices, emailed, exposure moved", async () => {
      const { company, companyAdmin } = await companyWithBuyers()
      const order = await orderOnAccount(
        companyAdmin,
        [
          { sku: "FAST-HB-M8-30", quantity: 3 },
          { sku: "SAFE-GL-C-9", quantity: 10 },
        ],
        { purchase_order_ref: "PO-7781" }
      )
      await shipAll(api, admin, order, store.stockLocationId)
      const [listed] = await documentsOf(api, admin, order.id)
      expect(listed.number).toMatch(/^INV-\d{4}-\d{6}$/)

      const { data } = await api.get(`/admin/invoices/${listed.id}`, admin)
      const invoice = data.invoice
      // Totals to the cent with Medusa's own order.
      expect(invoice.total).toBe(order.total)
      expect(invoice.subtotal).toBe(Number((order.total - order.tax_total).toFixed(2)))
      expect(invoice.tax_total).toBe(order.tax_total)
      expect(invoice.purchase_order_ref).toBe("PO-7781")
      expect(invoice.payment_terms_text).toBe("2/10 Net 30")
      expect(invoice.payment_reference).toMatch(/^RF\d{2}INV\d{10}$/)
      expect(invoice.due_schedule).toHaveLength(1)
      expect(invoice.due_schedule[0].discount_percent).toBe("2")
      expect(invoice.buyer.legal_name).toBe(company.legal_name)
      expect(invoice.lines.map((l: any) => [l.sku, l.creditable_quantity]).sort()).toEqual([
        ["FAST-HB-M8-30", 3],
        ["SAFE-GL-C-9", 10],
      ])

      // Once the ledger has booked it, the buyer's exposure has moved from uninvoiced to receivables.
      await eventually(async () => {
        const { data: after } = await api.get(`/admin/companies/${company.id}`, admin)
        expect(after.company.uninvoiced_exposure).toBe(0)
        expect(after.company.receivables_exposure).toBe(order.total)
      })

      // The PDF carries the legal mentions.
      const pdf = await download(`/admin/invoices/${invoice.id}/pdf`, admin)
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      const text = pdfText(Buffer.from(pdf.data)).replace(/\s+/g, " ")
      for (const mention of [
        invoice.number,
        "Fournitures Industrielles Lyonnaises SAS",
        "FR19812345676",
        company.legal_name,
        "RCS Lyon 812 345 676",
        "PO-7781",
        "FAST-HB-M8-30",
        "20 %",
        "40.00 EUR",
        "12.15 %",
        "2 %",
      ]) {
        expect({ mention, found: text.includes(mention) }).toEqual({ mention, found: true })
      }

      // Both e-invoices pass EN 16931 with no fatal error.
      const cii = (await api.get(`/admin/invoices/${invoice.id}/xml?format=cii`, admin)).data as string
      const ubl = (await api.get(`/admin/invoices/${invoice.id}/xml?format=ubl`, admin)).data as string
      expect(cii).toContain(`<ram:ID>${invoice.number}</ram:ID>`)
      expect(validateEn16931Many([cii], "cii")[0].fatal).toEqual([])
      expect(validateEn16931Many([ubl], "ubl")[0].fatal).toEqual([])

      // Emailed to the billing address with the PDF and the Factur-X XML.
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: invoice.id } as any)
      expect(notifications).toHaveLength(1)
      expect(notifications[0].to).toBe(company.billing_email)
      const detail = await eventually(async () => {
        const { data: again } = await api.get(`/admin/invoices/${invoice.id}`, admin)
        expect(again.invoice.delivery_status).toBe("sent")
        return again.invoice
      })
      expect(detail.sent_to).toBe(company.billing_email)
    })

    it("invoices a partial shipment for what shipped, and the rest with the next one; shipping goes on the first", async () => {
      const { companyAdmin } = await companyWithBuyers("net_30")
      const order = await orderOnAccount(companyAdmin, [
        { sku: "FAST-HB-M8-30", quantity: 4 },
        { sku: "SAFE-GL-C-9", quantity: 2 },
      ])
      const [bolts, gloves] = order.items.sort((a: any, b: any) => a.variant_sku.localeCompare(b.variant_sku))
      await ship(api, admin, order.id, [{ id: bolts.id, quantity: 1 }], store.stockLocationId)
      const [first] = await documentsOf(api, admin, order.id)
      const { data: firstDetail } = await api.get(`/admin/invoices/${first.id}`, admin)
      expect(firstDetail.invoice.lines.map((l: any) => [l.sku, l.quantity])).toEqual([["FAST-HB-M8-30", 1]])
      expect(firstDetail.invoice.shipping).toHaveLength(1)

      await ship(
        api,
        admin,
        order.id,
        [
          { id: bolts.id, quantity: 3 },
          { id: gloves.id, quantity: 2 },
        ],
        store.stockLocationId
      )
      const both = await documentsOf(api, admin, order.id, { count: 2 })
      const second = both.find((i) => i.id !== first.id)
      const { data: secondDetail } = await api.get(`/admin/invoices/${second.id}`, admin)
      expect(secondDetail.invoice.shipping).toEqual([])
      expect(secondDetail.invoice.lines.map((l: any) => [l.sku, l.quantity]).sort()).toEqual([
        ["FAST-HB-M8-30", 3],
        ["SAFE-GL-C-9", 2],
      ])
      // Together, to the cent, the order.
      expect(Number((first.total + second.total).toFixed(2))).toBe(order.total)
      // Consecutive numbers.
      const numbers = both.map((i) => Number(i.number.slice(-6))).sort((a, b) => a - b)
      expect(numbers[1] - numbers[0]).toBe(1)
    })

    it("issues manual credit notes, refuses over-crediting with a clear error and changes nothing", async () => {
      const { company, companyAdmin } = await companyWithBuyers("net_30")
      const order = await orderOnAccount(companyAdmin, [
        { sku: "FAST-HB-M8-30", quantity: 3 },
        { sku: "SAFE-GL-C-9", quantity: 10 },
      ])
      await shipAll(api, admin, order, store.stockLocationId)
      const [invoice] = await documentsOf(api, admin, order.id)
      const { data: detail } = await api.get(`/admin/invoices/${invoice.id}`, admin)
      const boltLine = detail.invoice.lines.find((l: any) => l.sku === "FAST-HB-M8-30")

      const missingReason = await settle(
        api.post(`/admin/invoices/${invoice.id}/credit-notes`, { lines: [] }, admin)
      )
      expect(missingReason.status).toBe(400)
      expect(missingReason.data.message).toMatch(/reason/)

      const tooMany = await settle(
        api.post(
          `/admin/invoices/${invoice.id}/credit-notes`,
          { reason: "Damaged", lines: [{ position: boltLine.position, quantity: 4 }] },
          admin
        )
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/has 3 of 3 left to credit, not 4/)
      expect((await api.get(`/admin/credit-notes?order_id=${order.id}`, admin)).data.count).toBe(0)

      const { data: partial } = await api.post(
        `/admin/invoices/${invoice.id}/credit-notes`,
        { reason: "Damaged in transit", lines: [{ position: boltLine.position, quantity: 1 }] },
        admin
      )
      expect(partial.credit_note.number).toMatch(/^CN-\d{4}-\d{6}$/)
      expect(partial.credit_note.corrects.number).toBe(invoice.number)
      expect(partial.credit_note.lines).toEqual([
        expect.objectContaining({ sku: "FAST-HB-M8-30", quantity: 1 }),
      ])

      // Everything left, in one full credit note: the two add up to the invoice.
      const { data: rest } = await api.post(
        `/admin/invoices/${invoice.id}/credit-notes`,
        { reason: "Order refused" },
        admin
      )
      expect(Number((partial.credit_note.total + rest.credit_note.total).toFixed(2))).toBe(invoice.total)
      const nothingLeft = await settle(
        api.post(`/admin/invoices/${invoice.id}/credit-notes`, { reason: "Again" }, admin)
      )
      expect(nothingLeft.status).toBe(400)
      expect(nothingLeft.data.message).toMatch(/Nothing left to credit/)

      // Receivables are back to zero; the credit note PDF names the invoice it corrects.
      await eventually(async () => {
        expect(
          (await api.get(`/admin/companies/${company.id}`, admin)).data.company.receivables_exposure
        ).toBe(0)
      })
      await documentsOf(api, admin, order.id, { kind: "credit_note", count: 2 })
      const pdf = await download(`/admin/invoices/${partial.credit_note.id}/pdf`, admin)
      expect(pdfText(Buffer.from(pdf.data))).toContain(invoice.number)
    })

    it("lets buyers see only their own company's documents: company admins all, buyers their own orders", async () => {
      const first = await companyWithBuyers("net_30")
      const other = await companyWithBuyers("net_30")
      const adminOrder = await orderOnAccount(first.companyAdmin, [{ sku: "SAFE-GL-C-9", quantity: 1 }])
      const buyerOrder = await orderOnAccount(first.buyer, [{ sku: "SAFE-GL-C-9", quantity: 2 }])
      const otherOrder = await orderOnAccount(other.companyAdmin, [{ sku: "SAFE-GL-C-9", quantity: 3 }])
      for (const order of [adminOrder, buyerOrder, otherOrder]) {
        await api.post(`/admin/orders/${order.id}/invoices`, {}, admin)
      }
      const [adminInvoice] = await documentsOf(api, admin, adminOrder.id)
      const [buyerInvoice] = await documentsOf(api, admin, buyerOrder.id)
      const [otherInvoice] = await documentsOf(api, admin, otherOrder.id)

      const ids = async (who: Headers) =>
        (await api.get("/store/invoices", who)).data.invoices.map((i: { id: string }) => i.id).sort()
      expect(await ids(first.companyAdmin)).toEqual([adminInvoice.id, buyerInvoice.id].sort())
      expect(await ids(first.buyer)).toEqual([buyerInvoice.id])
      expect(await ids(other.companyAdmin)).toEqual([otherInvoice.id])

      const own = await download(`/store/invoices/${buyerInvoice.id}/pdf`, first.buyer)
      expect(own.headers["content-type"]).toBe("application/pdf")
      expect(
        (await settle(api.get(`/store/invoices/${otherInvoice.id}/pdf`, first.companyAdmin))).status
      ).toBe(404)
      expect((await settle(api.get(`/store/invoices/${adminInvoice.id}/pdf`, first.buyer))).status).toBe(404)
      expect(
        (
          await settle(
            api.get("/store/invoices", { headers: { "x-publishable-api-key": store.publishableKey } })
          )
        ).status
      ).toBe(401)
      expect((await settle(api.get("/admin/invoices", first.companyAdmin))).status).toBe(401)
      expect((await settle(api.get("/admin/invoices?limit=1000", admin))).status).toBe(400)
      expect(
        (await settle(api.get(`/admin/invoices/${adminInvoice.id}/xml?format=pdf`, admin))).data.message
      ).toMatch(/format/)
    })
  },
})
