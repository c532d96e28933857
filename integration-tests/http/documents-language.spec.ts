import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays } from "../../src/lib/time"
import { INVOICING_MODULE } from "../../src/modules/invoicing"
import type InvoicingModuleService from "../../src/modules/invoicing/service"
import { addBuyer, createCompany } from "../helpers/b2b"
import { pdfText } from "../helpers/invoicing"
import { invoicedOrder } from "../helpers/receivables"
import { useSeededStore } from "../helpers/seeded-store"
import { registerCustomer } from "../helpers/store"

jest.setTimeout(300_000)

// Invoices as soon as the order is placed; the store default language stays English.
process.env.O2C_INVOICE_TRIGGER = "order_placed"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const { store, admin, terms, variants } = useSeededStore(api, getContainer, { sellerIdentity: true })

    let counter = 0
    /** A company in `language` (null: none of its own) with an invoiced on-account order. */
    async function invoicedCompany(language: "fr" | "en" | null) {
      counter++
      const company = await createCompany(api, admin, {
        name: `Forges ${counter}`,
        legal_name: `Forges du Rhône ${counter} SARL`,
        billing_email: `compta${counter}@forges.example`,
        billing_address: {
          address_1: "3 quai Perrache",
          postal_code: "69002",
          city: "Lyon",
          country_code: "fr",
        },
        payment_term_id: terms.net_30,
        credit_limit: 100_000,
        language,
      })
      const buyer = await registerCustomer(api, store.publishableKey, {
        email: `achats${counter}@forges.example`,
      })
      await addBuyer(api, admin, company.id, buyer.customer.id, "admin")
      const { invoice } = await invoicedOrder(api, admin, buyer, {
        regionId: store.regionId,
        lines: [{ variant_id: variants["FAST-HB-M8-30"], quantity: 120 }],
      })
      return { company, invoice, buyer }
    }

    /** The text of a PDF the admin downloads, whitespace (French no-break spaces too) collapsed. */
    async function pdfOf(path: string) {
      const { data } = await api.get(path, { ...admin, responseType: "arraybuffer" })
      return pdfText(Buffer.from(data)).replace(/\s+/g, " ")
    }

    const statementPath = (companyId: string, invoice: { issue_date: string }) =>
      `/admin/companies/${companyId}/statement?from=${invoice.issue_date}&to=${addDays(invoice.issue_date, 1)}&format=pdf`

    const expectTexts = (text: string, present: string[], absent: string[]) => {
      for (const mention of present) {
        expect({ mention, found: text.includes(mention) }).toEqual({ mention, found: true })
      }
      for (const mention of absent) {
        expect({ mention, found: text.includes(mention) }).toEqual({ mention, found: false })
      }
    }

    const documentLanguage = async (invoiceId: string) =>
      (
        await getContainer()
          .resolve<InvoicingModuleService>(INVOICING_MODULE)
          .retrieveInvoice(invoiceId, { select: ["metadata"] })
      ).metadata?.document_language

    it("prints a French company's invoice and statement in French, and keeps the invoice French when re-rendered", async () => {
      const { company, invoice, buyer } = await invoicedCompany("fr")
      expect(company.language).toBe("fr")
      // The buyer sees which language the company's documents come in.
      expect((await api.get("/store/company", buyer)).data.company.language).toBe("fr")
      // Over a thousand euros, so that the figure shows the French grouping: "1 497,60 €".
      expect(invoice.total).toBeGreaterThan(1000)
      const total = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" })
        .format(invoice.total)
        .replace(/\s/g, " ")

      const printed = await pdfOf(`/admin/invoices/${invoice.id}/pdf`)
      expectTexts(
        printed,
        [
          "Facture",
          `Numéro de facture ${invoice.number}`,
          "Date d'émission",
          "Date d'échéance",
          "Désignation",
          "Total HT",
          `Total TTC ${total}`,
          "Pas d'escompte pour paiement anticipé.",
          "Pénalités de retard",
          "indemnité forfaitaire pour frais de recouvrement de 40,00 € (art. D441-5 du Code de commerce)",
          "N° TVA",
        ],
        ["Invoice number", "Due date", "Total incl. VAT", " EUR (art."]
      )
      expect(await documentLanguage(invoice.id)).toBe("fr")

      const statement = await pdfOf(statementPath(company.id, invoice))
      expectTexts(
        statement,
        ["Relevé de compte", "Solde d'ouverture", "Solde de clôture", "Facture", invoice.number, "€"],
        ["Statement of account", "Opening balance"]
      )

      // The company turns English; the invoice, printed in French, prints in French again.
      await api.post(`/admin/companies/${company.id}`, { language: "en" }, admin)
      await getContainer()
        .resolve<InvoicingModuleService>(INVOICING_MODULE)
        .updateInvoices({ id: invoice.id, render_status: "failed" })
      const { data: rerendered } = await api.post(`/admin/invoices/${invoice.id}/render`, {}, admin)
      expect(rerendered.invoice.render_status).toBe("rendered")
      expectTexts(
        await pdfOf(`/admin/invoices/${invoice.id}/pdf`),
        ["Facture", "Date d'échéance"],
        ["Due date"]
      )
      // A statement is printed on demand: in the company's language of the day.
      expectTexts(
        await pdfOf(statementPath(company.id, invoice)),
        ["Statement of account"],
        ["Relevé de compte"]
      )
    })

    it.each([
      ["an English company", "en" as const],
      ["a company with no language of its own (the store default: English)", null],
    ])("prints in English the invoice and statement of %s", async (_, language) => {
      const { company, invoice, buyer } = await invoicedCompany(language)
      expect((await api.get("/store/company", buyer)).data.company.language).toBe(language)
      expectTexts(
        await pdfOf(`/admin/invoices/${invoice.id}/pdf`),
        [
          "Invoice",
          `Invoice number ${invoice.number}`,
          "Due date",
          "Total incl. VAT",
          " EUR",
          "No discount for early payment.",
          "fixed indemnity for recovery costs of 40.00 EUR (art. D441-5 Code de commerce)",
        ],
        ["Facture", "Date d'échéance", "€"]
      )
      expect(await documentLanguage(invoice.id)).toBe("en")
      expectTexts(
        await pdfOf(statementPath(company.id, invoice)),
        ["Statement of account", "Opening balance", invoice.number],
        ["Relevé de compte"]
      )
    })
  },
})
