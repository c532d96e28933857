import type { InvoiceDocument } from "../../../../invoicing/document"
import {
  CREDIT_NOTE,
  JPY_INVOICE,
  KWD_INVOICE,
  MIXED_RATES_INVOICE,
  printable,
  SELLER,
} from "../../../__tests__/fixtures/invoices"
import type { FormatOptions } from "../../../i18n/format"
import { groupIban, invoicePage, registrationLabel as labelIn, sellerLegalLine as legalLineIn } from "../page"

// The English page, as every assertion below was written for; French has its own tests (page-fr.unit.spec.ts).
const invoiceViewModel = (doc: InvoiceDocument, options: FormatOptions) =>
  invoicePage(printable(doc), { language: "en", ...options })
const sellerLegalLine = (seller: InvoiceDocument["seller"]) => legalLineIn(seller, "en")
const registrationLabel = (party: Parameters<typeof labelIn>[0]) => labelIn(party, "en")

describe("invoiceViewModel", () => {
  it.each([
    ["EUR, 2 decimals", MIXED_RATES_INVOICE, "24.90", "196.53 EUR", "Amounts in EUR"],
    ["JPY, 0 decimals", JPY_INVOICE, "2,490", "8,964 JPY", "Amounts in JPY"],
    ["KWD, 3 decimals", KWD_INVOICE, "7.125", "25.650 KWD", "Amounts in KWD"],
  ])("prints %s amounts with the currency's decimals", (_, doc, unitPrice, total, notice) => {
    const view = invoiceViewModel(doc, {})
    expect(view.lines[0].unit_price).toBe(unitPrice)
    expect(view.grand_total.value).toBe(total)
    expect(view.currency_notice).toBe(notice)
  })

  it.each([
    ["en-GB", {}, "20 Nov 2026", "196.53 EUR"],
    ["ISO dates", { dates: "iso" as const }, "2026-11-20", "196.53 EUR"],
    ["fr-FR numbers", { locale: "fr-FR" }, "20 nov. 2026", "196,53 EUR"],
  ])("formats dates and numbers for %s", (_, options, issueDate, total) => {
    const view = invoiceViewModel(MIXED_RATES_INVOICE, options)
    expect(view.details).toContainEqual({ label: "Issue date", value: issueDate })
    expect(view.grand_total.value).toBe(total)
  })

  it("lists the document details an EU B2B invoice must carry", () => {
    expect(invoiceViewModel(MIXED_RATES_INVOICE, {}).details).toEqual([
      { label: "Invoice number", value: "INV-2026-000042" },
      { label: "Issue date", value: "20 Nov 2026" },
      { label: "Date of supply", value: "19 Nov 2026" },
      { label: "Purchase order", value: "PO-7781" },
      { label: "Order", value: "#1042" },
      { label: "Due date", value: "20 Dec 2026" },
    ])
  })

  it.each([
    ["a line with a discount", 0, "−7.47"],
    ["a line without", 1, ""],
  ])("shows the discount of %s", (_, index, discount) => {
    expect(invoiceViewModel(MIXED_RATES_INVOICE, {}).lines[index].discount).toBe(discount)
  })

  it("prints the VAT breakdown per rate and the totals", () => {
    const view = invoiceViewModel(MIXED_RATES_INVOICE, {})
    expect(view.tax_breakdown).toEqual([
      {
        category: "Standard rate",
        rate: "20 %",
        taxable_amount: "102.23",
        tax_amount: "20.45",
        exemption_reason: null,
      },
      {
        category: "Standard rate",
        rate: "5.5 %",
        taxable_amount: "70.00",
        tax_amount: "3.85",
        exemption_reason: null,
      },
    ])
    expect(view.totals).toEqual([
      { label: "Lines excl. VAT", value: "137.23 EUR" },
      { label: "Shipping excl. VAT", value: "35.00 EUR" },
      { label: "Total excl. VAT", value: "172.23 EUR" },
      { label: "VAT", value: "24.30 EUR" },
    ])
    expect(view.charges).toEqual([{ title: "Express freight", net_amount: "35.00", tax_rate: "20 %" }])
  })

  const withSchedule = (due_schedule: InvoiceDocument["due_schedule"]): InvoiceDocument => ({
    ...MIXED_RATES_INVOICE,
    due_schedule,
  })

  it.each([
    [
      "a discounted instalment",
      withSchedule([
        { due_date: "2026-12-20", amount: "196.53", discount_percent: "2", discount_until: "2026-11-30" },
      ]),
      "Early payment discount: 2 % of the instalment of 196.53 EUR due 20 Dec 2026 if payment is received by 30 Nov 2026.",
    ],
    [
      "two instalments, one discounted",
      withSchedule([
        { due_date: "2026-12-20", amount: "98.27", discount_percent: "1.5", discount_until: "2026-11-30" },
        { due_date: "2027-01-20", amount: "98.26" },
      ]),
      "Early payment discount: 1.5 % of the instalment of 98.27 EUR due 20 Dec 2026 if payment is received by 30 Nov 2026.",
    ],
    [
      "no discount",
      withSchedule([{ due_date: "2026-12-20", amount: "196.53" }]),
      "No discount for early payment.",
    ],
    [
      "a 0 % discount",
      withSchedule([
        { due_date: "2026-12-20", amount: "196.53", discount_percent: "0", discount_until: "2026-11-30" },
      ]),
      "No discount for early payment.",
    ],
    [
      "a percent without a date",
      withSchedule([
        { due_date: "2026-12-20", amount: "196.53", discount_percent: "2", discount_until: null },
      ]),
      "No discount for early payment.",
    ],
    ["no schedule", withSchedule([]), "No discount for early payment."],
  ])("states the early-payment conditions with %s", (_, doc, sentence) => {
    expect(invoiceViewModel(doc, {}).payment_conditions[0]).toBe(sentence)
  })

  it("states the late-payment penalty rate and the 40 EUR recovery indemnity, whatever the currency", () => {
    const [, penalty, indemnity] = invoiceViewModel(JPY_INVOICE, {}).payment_conditions
    expect(penalty).toContain("at an annual rate of 12.15 %")
    expect(penalty).toContain("art. L441-10 Code de commerce")
    expect(indemnity).toContain(
      "fixed indemnity for recovery costs of 40.00 EUR (art. D441-5 Code de commerce)"
    )
  })

  it("names the invoice a credit note corrects and asks for no payment", () => {
    const view = invoiceViewModel(CREDIT_NOTE, {})
    expect(view.title).toBe("Credit note")
    expect(view.corrects_notice).toBe(
      "This credit note corrects invoice INV-2026-000042 issued on 20 Nov 2026."
    )
    expect(view.details).toContainEqual({
      label: "Corrects invoice",
      value: "INV-2026-000042 of 20 Nov 2026",
    })
    expect(view.grand_total).toEqual({ label: "Total credited incl. VAT", value: "26.89 EUR" })
    expect(view.payment).toBeNull()
  })

  it("gives the invoice's payment details", () => {
    expect(invoiceViewModel(MIXED_RATES_INVOICE, {}).payment).toEqual({
      payee: "Fournitures Industrielles Lyonnaises SAS",
      iban: "FR76 3000 6000 0112 3456 7890 189",
      bic: "AGRIFRPP",
      reference: "RF18INV2026000042",
      terms: "2/10 Net 30",
      instalments: [
        {
          due_date: "20 Dec 2026",
          amount: "196.53 EUR",
          early_payment: "2 % discount if paid by 30 Nov 2026",
        },
      ],
      paid: null,
    })
  })

  it("stamps an invoice paid at checkout as paid", () => {
    const view = invoiceViewModel({ ...MIXED_RATES_INVOICE, payment_terms_text: "Paid at checkout" }, {})
    expect(view.payment?.paid).toEqual({
      stamp: "Paid",
      sentence: "Paid in full at checkout: nothing is due.",
    })
  })

  it("describes both parties with their identifiers", () => {
    const view = invoiceViewModel(MIXED_RATES_INVOICE, {})
    expect(view.seller).toMatchObject({
      heading: "Seller",
      name: "Fournitures Industrielles Lyonnaises SAS",
      trade_name: "FIL Pro",
      address_lines: ["12 rue de l'Industrie", "ZI Nord", "69007 Lyon", "France"],
      identifiers: ["VAT FR19812345676", "SIRET 81234567600017"],
    })
    expect(view.buyer).toMatchObject({
      heading: "Bill to",
      address_lines: ["4 avenue des Forges", "42000 Saint-Étienne", "France"],
      identifiers: ["VAT FR45987654321", "SIREN 987654321"],
    })
  })

  it.each([
    ["data: PNG", "data:image/png;base64,iVBORw0KGgo=", "data:image/png;base64,iVBORw0KGgo="],
    ["data: SVG", "data:image/svg+xml,%3Csvg%3E", "data:image/svg+xml,%3Csvg%3E"],
    ["https", "https://cdn.example/logo.png", null],
    ["javascript:", "javascript:alert(1)", null],
    ["data: HTML", "data:text/html,<script>alert(1)</script>", null],
    ["none", null, null],
  ])("keeps only inline image logos (%s)", (_, logo_url, logoSrc) => {
    const doc = { ...MIXED_RATES_INVOICE, seller: { ...SELLER, logo_url } }
    expect(invoiceViewModel(doc, {}).logo_src).toBe(logoSrc)
  })
})

describe("sellerLegalLine", () => {
  it.each([
    [
      "every mention",
      SELLER,
      "Fournitures Industrielles Lyonnaises SAS · SAS with a share capital of 50,000 EUR · RCS Lyon 812 345 676 · SIRET 81234567600017 · VAT FR19812345676",
    ],
    [
      "no legal form",
      { ...SELLER, legal_form: null },
      "Fournitures Industrielles Lyonnaises SAS · Share capital 50,000 EUR · RCS Lyon 812 345 676 · SIRET 81234567600017 · VAT FR19812345676",
    ],
    [
      "no capital, RCS nor VAT",
      { ...SELLER, share_capital: null, trade_register: null, vat_id: null },
      "Fournitures Industrielles Lyonnaises SAS · SAS · SIRET 81234567600017",
    ],
  ])("with %s", (_, seller, line) => {
    expect(sellerLegalLine(seller)).toBe(line)
  })
})

describe("registrationLabel", () => {
  it.each([
    ["12345678900017", "FR", "SIRET"],
    ["123 456 789", "FR", "SIREN"],
    ["123456789", "DE", "Registration no."],
    ["HRB 12345", "FR", "Registration no."],
  ])("%s in %s is a %s", (registration_id, country_code, label) => {
    expect(registrationLabel({ registration_id, address: { ...SELLER.address, country_code } })).toBe(label)
  })
})

describe("groupIban", () => {
  it.each([
    ["FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 189"],
    ["de89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"],
  ])("%s -> %s", (iban, grouped) => {
    expect(groupIban(iban)).toBe(grouped)
  })
})
