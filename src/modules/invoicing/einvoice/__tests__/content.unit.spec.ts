import type { InvoiceDocument, Party, TaxBreakdownRow } from "../../document"
import { CREDIT_NOTE, MIXED_RATES_INVOICE, SELLER } from "../../__tests__/fixtures/documents"
import {
  assertEinvoiceable,
  compactDate,
  dueDateOf,
  EinvoiceUnsupportedError,
  isoDate,
  isZeroAmount,
  legalNotesOf,
  paymentMeansOf,
  paymentTermsOf,
  registrationSchemeOf,
  vatExemptionOf,
} from "../content"

describe("dates", () => {
  it.each([
    ["2026-11-20", "2026-11-20", "20261120"],
    ["2026-11-20T23:59:59.000Z", "2026-11-20", "20261120"],
  ])("%s -> %s / %s", (input, iso, compact) => {
    expect(isoDate(input)).toBe(iso)
    expect(compactDate(input)).toBe(compact)
  })

  it.each(["20/11/2026", "", "2026-1-2"])("refuses %j", (input) => {
    expect(() => isoDate(input)).toThrow("is not an ISO 8601 date")
  })
})

describe("isZeroAmount", () => {
  it.each([
    ["0", true],
    ["0.00", true],
    ["0.000", true],
    ["0.01", false],
    ["7.47", false],
  ])("%s -> %s", (amount, expected) => {
    expect(isZeroAmount(amount)).toBe(expected)
  })

  it("refuses what is not a decimal", () => {
    expect(() => isZeroAmount("abc")).toThrow("is not a decimal amount")
  })
})

describe("registrationSchemeOf", () => {
  const party = (registration_id: string | null, country_code: string): Party => ({
    ...SELLER,
    registration_id,
    address: { ...SELLER.address, country_code },
  })
  it.each<[string | null, string, string | null]>([
    ["12345678900017", "FR", "0009"],
    ["123 456 789", "FR", "0002"],
    ["123456789", "fr", "0002"],
    ["HRB 12345", "DE", null],
    ["123456789", "BE", null],
    [null, "FR", null],
  ])("%j in %s -> %j", (id, country, expected) => {
    expect(registrationSchemeOf(party(id, country))).toBe(expected)
  })
})

describe("vatExemptionOf", () => {
  const row = (
    tax_category: TaxBreakdownRow["tax_category"],
    exemption_reason?: string
  ): TaxBreakdownRow => ({
    tax_category,
    tax_rate: "0",
    taxable_amount: "100.00",
    tax_amount: "0.00",
    exemption_reason,
  })
  it.each<[TaxBreakdownRow, { code: string | null; text: string } | null]>([
    [row("S", "ignored"), null],
    [row("Z"), null],
    [row("AE"), { code: "VATEX-EU-AE", text: "Reverse charge" }],
    [row("AE", "Autoliquidation"), { code: "VATEX-EU-AE", text: "Autoliquidation" }],
    [row("K"), { code: "VATEX-EU-IC", text: "Intra-Community supply" }],
    [row("G"), { code: "VATEX-EU-G", text: "Export outside the EU" }],
    [row("O"), { code: "VATEX-EU-O", text: "Not subject to VAT" }],
    [row("E", "Article 261 D du CGI"), { code: null, text: "Article 261 D du CGI" }],
    [row("E"), null],
  ])("%o -> %o", (input, expected) => {
    expect(vatExemptionOf(input)).toEqual(expected)
  })
})

describe("payment terms and means", () => {
  const twoInstalments: InvoiceDocument = {
    ...MIXED_RATES_INVOICE,
    payment_terms_text: "50% at 30 days, 50% at 60 days",
    due_schedule: [
      { due_date: "2027-01-19", amount: "98.26" },
      { due_date: "2026-12-20", amount: "98.27", discount_percent: "1.5", discount_until: "2026-11-30" },
    ],
  }

  it.each<[string, InvoiceDocument, string | null]>([
    [
      "one instalment with an early-payment discount",
      MIXED_RATES_INVOICE,
      "2/10 Net 30. Due 2026-12-20. Early-payment discount: 2% if paid by 2026-11-30.",
    ],
    [
      "two instalments",
      twoInstalments,
      "50% at 30 days, 50% at 60 days. Payable in 2 instalments: 98.26 EUR due 2027-01-19; 98.27 EUR due 2026-12-20. " +
        "Early-payment discount: 1.5% on the 98.27 EUR instalment if paid by 2026-11-30.",
    ],
    ["a credit note", CREDIT_NOTE, "Amount credited to the buyer against invoice INV-2026-000042."],
    ["no terms at all", { ...MIXED_RATES_INVOICE, payment_terms_text: null, due_schedule: [] }, null],
  ])("terms of %s", (_, doc, expected) => {
    expect(paymentTermsOf(doc)).toBe(expected)
  })

  it("takes the last instalment's date as the due date", () => {
    expect(dueDateOf(twoInstalments)).toBe("2027-01-19")
    expect(dueDateOf(CREDIT_NOTE)).toBeNull()
  })

  it.each<[string, InvoiceDocument, ReturnType<typeof paymentMeansOf>]>([
    [
      "an invoice with an IBAN: SEPA transfer",
      { ...MIXED_RATES_INVOICE, seller: { ...SELLER, iban: "FR76 3000 6000 0112 3456 7890 189" } },
      { code: "58", iban: "FR7630006000011234567890189", bic: "AGRIFRPP", account_name: SELLER.legal_name },
    ],
    [
      "an invoice without an IBAN: not defined",
      { ...MIXED_RATES_INVOICE, seller: { ...SELLER, iban: null } },
      { code: "1", iban: null, bic: null, account_name: null },
    ],
    ["a credit note: none", CREDIT_NOTE, null],
    [
      "a credit note with a payment reference: not defined",
      { ...CREDIT_NOTE, payment_reference: "RF18CN2026000003" },
      { code: "1", iban: null, bic: null, account_name: null },
    ],
  ])("means of %s", (_, doc, expected) => {
    expect(paymentMeansOf(doc)).toEqual(expected)
  })
})

describe("legalNotesOf", () => {
  it("carries the printed legal mentions, naming the legal form once", () => {
    expect(legalNotesOf(MIXED_RATES_INVOICE)).toEqual([
      {
        subject: "REG",
        text: "Fournitures Industrielles Lyonnaises SAS, share capital 50,000 EUR, RCS Lyon 812 345 676",
      },
      { subject: "PMD", text: "Late payment penalties: 12.15% per year." },
      { subject: "PMT", text: "Fixed indemnity for recovery costs in case of late payment: 40 EUR." },
      { subject: "AAI", text: "TVA acquittée sur les débits." },
    ])
  })
})

describe("assertEinvoiceable", () => {
  it("accepts the sample invoice and credit note", () => {
    expect(() => assertEinvoiceable(MIXED_RATES_INVOICE)).not.toThrow()
    expect(() => assertEinvoiceable(CREDIT_NOTE)).not.toThrow()
  })

  it.each<[string, InvoiceDocument, string]>([
    [
      "BHD, 3 decimals",
      { ...MIXED_RATES_INVOICE, currency_code: "bhd" },
      "Invoice INV-2026-000042 cannot be issued as an e-invoice: BHD has 3 decimals; EN 16931 e-invoices carry at most 2. Send the PDF alone.",
    ],
    [
      "no seller VAT number on a VAT invoice",
      { ...MIXED_RATES_INVOICE, seller: { ...SELLER, vat_id: null } },
      "the seller's VAT number is missing (required unless the sale is outside the scope of VAT)",
    ],
    [
      "an exempt breakdown without its legal basis",
      {
        ...MIXED_RATES_INVOICE,
        tax_breakdown: [{ tax_category: "E", tax_rate: "0", taxable_amount: "1.00", tax_amount: "0.00" }],
      },
      "the VAT-exempt amount at 0% has no exemption reason",
    ],
    [
      "a buyer without street",
      {
        ...MIXED_RATES_INVOICE,
        buyer: { ...MIXED_RATES_INVOICE.buyer, address: { ...MIXED_RATES_INVOICE.buyer.address, line1: "" } },
      },
      "the buyer's postal address (street and city) is missing",
    ],
  ])("refuses %s", (_, doc, message) => {
    expect(() => assertEinvoiceable(doc)).toThrow(EinvoiceUnsupportedError)
    expect(() => assertEinvoiceable(doc)).toThrow(message)
  })

  it("lists every problem at once", () => {
    const doc: InvoiceDocument = {
      ...MIXED_RATES_INVOICE,
      seller: { ...SELLER, vat_id: null, registration_id: null },
      buyer: { ...MIXED_RATES_INVOICE.buyer, legal_name: "" },
    }
    expect(() => assertEinvoiceable(doc)).toThrow(
      "Invoice INV-2026-000042 cannot be issued as an e-invoice: the buyer's legal name is missing; " +
        "the seller has neither a VAT number nor a registration number (SIREN/SIRET); " +
        "the seller's VAT number is missing (required unless the sale is outside the scope of VAT)."
    )
  })
})
