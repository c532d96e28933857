import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
} from "pdf-lib"
import {
  type En16931Report,
  localName,
  parseXml,
  type Syntax,
  textAt,
  validateEn16931Many,
  validateXsd,
} from "../../../../../integration-tests/helpers/en16931"
import type { InvoiceDocument } from "../../document"
import {
  CREDIT_NOTE,
  DEBIT_NOTE,
  JPY_INVOICE,
  KWD_INVOICE,
  MIXED_RATES_INVOICE,
  SELLER,
} from "../../__tests__/fixtures/documents"
import { EinvoiceUnsupportedError, embedFacturX, toCii, toUbl } from ".."

/**
 * The e-invoices are checked with the official CEN/TC 434 rules and schemas
 * (vendor/en16931), run by Saxon-HE and xmllint. Every document of a syntax is
 * validated in one Saxon run (beforeAll), because compiling the rules is what
 * takes time.
 */

const SPECIAL_CHARACTERS: InvoiceDocument = {
  ...MIXED_RATES_INVOICE,
  number: "INV-2026-000099",
  seller: { ...SELLER, legal_name: "Outillage Dupont & Fils <Lyon> SAS", trade_name: "Dupont & Fils" },
  buyer: {
    ...MIXED_RATES_INVOICE.buyer,
    legal_name: `L'Atelier "Ça & Là" <Sàrl> — Œuvres`,
    address: { ...MIXED_RATES_INVOICE.buyer.address, line1: "3 rue des Écoles & Forges", city: "Besançon" },
  },
}

/** The grand total is 0.01 off the sum of its parts: BR-CO-15 must catch it. */
const TAMPERED_TOTAL: InvoiceDocument = { ...MIXED_RATES_INVOICE, number: "INV-2026-000098", total: "196.54" }

const VALID_DOCUMENTS: Record<string, InvoiceDocument> = {
  MIXED_RATES_INVOICE,
  CREDIT_NOTE,
  DEBIT_NOTE,
  JPY_INVOICE,
  SPECIAL_CHARACTERS,
}

const DOCUMENTS: Record<string, InvoiceDocument> = { ...VALID_DOCUMENTS, TAMPERED_TOTAL }

const WRITERS: Record<Syntax, (doc: InvoiceDocument) => string> = { cii: toCii, ubl: toUbl }
const SYNTAXES: Syntax[] = ["cii", "ubl"]

const xmlOf: Record<Syntax, Record<string, string>> = { cii: {}, ubl: {} }
const rulesReportOf: Record<Syntax, Record<string, En16931Report>> = { cii: {}, ubl: {} }

beforeAll(() => {
  const names = Object.keys(DOCUMENTS)
  for (const syntax of SYNTAXES) {
    for (const name of names) {
      xmlOf[syntax][name] = WRITERS[syntax](DOCUMENTS[name])
    }
    const reports = validateEn16931Many(
      names.map((name) => xmlOf[syntax][name]),
      syntax
    )
    for (const [index, name] of names.entries()) {
      rulesReportOf[syntax][name] = reports[index]
    }
  }
}, 60_000)

describe.each(SYNTAXES)("%s", (syntax) => {
  it.each(Object.keys(VALID_DOCUMENTS))("%s is valid against the XSD", (name) => {
    const result = validateXsd(xmlOf[syntax][name], syntax)
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it.each(Object.keys(VALID_DOCUMENTS))("%s breaks no EN 16931 rule", (name) => {
    // Compared with [] so a failure prints every violated rule with its text and location.
    expect(rulesReportOf[syntax][name].fatal).toEqual([])
  })

  it("reports a total that is 0.01 off with rule BR-CO-15", () => {
    const ids = rulesReportOf[syntax].TAMPERED_TOTAL.fatal.map((finding) => finding.id)
    expect(ids).toContain("BR-CO-15")
  })

  it("refuses KWD (3 decimals) with a message a person understands", () => {
    const write = () => WRITERS[syntax](KWD_INVOICE)
    expect(write).toThrow(EinvoiceUnsupportedError)
    expect(write).toThrow("KWD has 3 decimals; EN 16931 e-invoices carry at most 2")
  })

  it.each<[string, InvoiceDocument, string]>([
    [
      "a seller with neither VAT number nor registration",
      { ...MIXED_RATES_INVOICE, seller: { ...SELLER, vat_id: null, registration_id: null } },
      "the seller has neither a VAT number nor a registration number",
    ],
    [
      "a buyer without a country",
      {
        ...MIXED_RATES_INVOICE,
        buyer: {
          ...MIXED_RATES_INVOICE.buyer,
          address: { ...MIXED_RATES_INVOICE.buyer.address, country_code: "" },
        },
      },
      "the buyer's country is missing",
    ],
    [
      "a buyer without a name",
      { ...MIXED_RATES_INVOICE, buyer: { ...MIXED_RATES_INVOICE.buyer, legal_name: " " } },
      "the buyer's legal name is missing",
    ],
    [
      "an invoice without due date or terms",
      { ...MIXED_RATES_INVOICE, due_schedule: [], payment_terms_text: null },
      "there is neither a due date nor payment terms",
    ],
  ])("refuses %s", (_, doc, message) => {
    expect(() => WRITERS[syntax](doc)).toThrow(message)
  })

  it("escapes &, < and quotes and keeps accents, so names read back unchanged", () => {
    const root = parseXml(xmlOf[syntax].SPECIAL_CHARACTERS)
    const names =
      syntax === "cii"
        ? [textAt(root, "SellerTradeParty/Name"), textAt(root, "BuyerTradeParty/Name")]
        : [
            textAt(root, "AccountingSupplierParty/RegistrationName"),
            textAt(root, "AccountingCustomerParty/RegistrationName"),
          ]
    expect(names).toEqual([SPECIAL_CHARACTERS.seller.legal_name, SPECIAL_CHARACTERS.buyer.legal_name])
    const street = syntax === "cii" ? "BuyerTradeParty/LineOne" : "AccountingCustomerParty/StreetName"
    expect(textAt(root, street)).toBe("3 rue des Écoles & Forges")
  })
})

describe("content", () => {
  it("writes the document's totals exactly as given (CII)", () => {
    const root = parseXml(xmlOf.cii.MIXED_RATES_INVOICE)
    expect(
      [
        "LineTotalAmount",
        "ChargeTotalAmount",
        "TaxBasisTotalAmount",
        "TaxTotalAmount",
        "GrandTotalAmount",
      ].map((name) => textAt(root, `SpecifiedTradeSettlementHeaderMonetarySummation/${name}`))
    ).toEqual(["137.23", "35.00", "172.23", "24.30", "196.53"])
    expect(textAt(root, "SpecifiedTradeSettlementHeaderMonetarySummation/DuePayableAmount")).toBe("196.53")
    expect(textAt(root, "InvoiceCurrencyCode")).toBe("EUR")
    expect(textAt(root, "SpecifiedTradePaymentTerms/Description")).toBe(
      "2/10 Net 30. Due 2026-12-20. Early-payment discount: 2% if paid by 2026-11-30."
    )
  })

  it("keeps 0-decimal JPY amounts without decimals", () => {
    const root = parseXml(xmlOf.ubl.JPY_INVOICE)
    expect(textAt(root, "LegalMonetaryTotal/PayableAmount")).toBe("8964")
    expect(textAt(root, "DocumentCurrencyCode")).toBe("JPY")
  })

  it("writes a credit note that references the invoice it corrects", () => {
    const cii = parseXml(xmlOf.cii.CREDIT_NOTE)
    expect(textAt(cii, "ExchangedDocument/TypeCode")).toBe("381")
    expect(textAt(cii, "InvoiceReferencedDocument/IssuerAssignedID")).toBe("INV-2026-000042")
    expect(textAt(cii, "InvoiceReferencedDocument/DateTimeString")).toBe("20261120")
    const ubl = parseXml(xmlOf.ubl.CREDIT_NOTE)
    expect(localName(ubl.name)).toBe("CreditNote")
    expect(textAt(ubl, "CreditNoteTypeCode")).toBe("381")
    expect(textAt(ubl, "BillingReference/InvoiceDocumentReference/ID")).toBe("INV-2026-000042")
  })

  it("writes a debit note as an invoice of type 383, exempt, naming the late invoice, due on receipt", () => {
    const cii = parseXml(xmlOf.cii.DEBIT_NOTE)
    expect(textAt(cii, "ExchangedDocument/TypeCode")).toBe("383")
    expect(textAt(cii, "InvoiceReferencedDocument/IssuerAssignedID")).toBe("INV-2026-000042")
    expect(textAt(cii, "ApplicableHeaderTradeSettlement/ApplicableTradeTax/CategoryCode")).toBe("E")
    expect(textAt(cii, "ApplicableHeaderTradeSettlement/ApplicableTradeTax/ExemptionReason")).toMatch(
      /art\. 256 CGI/
    )
    expect(textAt(cii, "SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString")).toBe("20270105")
    expect(textAt(cii, "SpecifiedTradeSettlementPaymentMeans/TypeCode")).toBe("58")
    const ubl = parseXml(xmlOf.ubl.DEBIT_NOTE)
    expect(localName(ubl.name)).toBe("Invoice")
    expect(textAt(ubl, "InvoiceTypeCode")).toBe("383")
    expect(textAt(ubl, "DueDate")).toBe("2027-01-05")
    expect(textAt(ubl, "BillingReference/InvoiceDocumentReference/ID")).toBe("INV-2026-000042")
    expect(textAt(ubl, "LegalMonetaryTotal/PayableAmount")).toBe("40.00")
  })
})

describe("Factur-X", () => {
  let cii: string
  let facturX: Uint8Array
  let workDir: string

  beforeAll(async () => {
    // A stand-in for Chromium's output: one page of text.
    const source = await PDFDocument.create()
    const page = source.addPage([595, 842])
    page.drawText("Invoice INV-2026-000042", {
      x: 50,
      y: 780,
      font: await source.embedFont(StandardFonts.Helvetica),
    })
    cii = toCii(MIXED_RATES_INVOICE)
    facturX = await embedFacturX(await source.save(), cii, MIXED_RATES_INVOICE)
    workDir = mkdtempSync(join(tmpdir(), "facturx-"))
  })

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true })
  })

  function embeddedFiles(pdf: PDFDocument): PDFArray {
    const names = pdf.catalog.lookup(PDFName.of("Names"), PDFDict)
    return names.lookup(PDFName.of("EmbeddedFiles"), PDFDict).lookup(PDFName.of("Names"), PDFArray)
  }

  function rawStream(object: unknown): PDFRawStream {
    if (!(object instanceof PDFRawStream)) {
      throw new Error("expected a stream as written to the file")
    }
    return object
  }

  function streamText(stream: PDFRawStream): string {
    return Buffer.from(decodePDFRawStream(stream).decode()).toString("utf8")
  }

  it("embeds exactly one factur-x.xml, byte for byte the CII, as an Alternative listed in /AF", async () => {
    const pdf = await PDFDocument.load(facturX)
    const files = embeddedFiles(pdf)
    expect(files.size()).toBe(2)
    expect(files.lookup(0, PDFString).decodeText()).toBe("factur-x.xml")
    const fileSpec = files.lookup(1, PDFDict)
    expect(fileSpec.lookup(PDFName.of("AFRelationship"))).toBe(PDFName.of("Alternative"))
    const stream = rawStream(fileSpec.lookup(PDFName.of("EF"), PDFDict).lookup(PDFName.of("F")))
    expect(stream.dict.lookup(PDFName.of("Subtype"))).toBe(PDFName.of("text/xml"))
    expect(streamText(stream)).toBe(cii)
    const associatedFiles = pdf.catalog.lookup(PDFName.of("AF"), PDFArray)
    expect(associatedFiles.size()).toBe(1)
    expect(associatedFiles.lookup(0, PDFDict)).toBe(fileSpec)
  })

  it("declares PDF/A-3B and the Factur-X EN 16931 profile in well-formed XMP matching the Info dictionary", async () => {
    const pdf = await PDFDocument.load(facturX, { updateMetadata: false })
    const xmp = streamText(rawStream(pdf.catalog.lookup(PDFName.of("Metadata"))))
    expect(xmp).toContain("<pdfaid:part>3</pdfaid:part>")
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>")
    expect(xmp).toContain("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>")
    expect(xmp).toContain("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>")
    expect(xmp).toContain("<fx:DocumentType>INVOICE</fx:DocumentType>")
    expect(xmp).toContain("<pdfaSchema:prefix>fx</pdfaSchema:prefix>")
    const root = parseXml(xmp)
    expect(textAt(root, "title/li")).toBe(pdf.getTitle())
    expect(textAt(root, "creator/li")).toBe(pdf.getAuthor())
    expect(textAt(root, "Producer")).toBe(pdf.getProducer())
    expect(new Date(textAt(root, "CreateDate") ?? "")).toEqual(pdf.getCreationDate())
    expect(new Date(textAt(root, "ModifyDate") ?? "")).toEqual(pdf.getModificationDate())
    expect(pdf.getTitle()).toBe("Invoice INV-2026-000042")
  })

  it("has an sRGB output intent with an embedded ICC profile", async () => {
    const pdf = await PDFDocument.load(facturX)
    const intents = pdf.catalog.lookup(PDFName.of("OutputIntents"), PDFArray)
    expect(intents.size()).toBe(1)
    const intent = intents.lookup(0, PDFDict)
    expect(intent.lookup(PDFName.of("S"))).toBe(PDFName.of("GTS_PDFA1"))
    const profile = rawStream(intent.lookup(PDFName.of("DestOutputProfile")))
    const bytes = decodePDFRawStream(profile).decode()
    // An ICC profile says "acsp" at offset 36, and this one describes RGB.
    expect(Buffer.from(bytes.slice(36, 40)).toString("latin1")).toBe("acsp")
    expect(Buffer.from(bytes.slice(16, 20)).toString("latin1")).toBe("RGB ")
  })

  it("replaces rather than doubles the attachment when run twice", async () => {
    const twice = await embedFacturX(facturX, cii, MIXED_RATES_INVOICE)
    expect(embeddedFiles(await PDFDocument.load(twice)).size()).toBe(2)
  })

  it("shows the attachment to a standard tool (pdfdetach)", () => {
    const file = join(workDir, "invoice.pdf")
    writeFileSync(file, facturX)
    const list = spawnSync("pdfdetach", ["-list", file], { encoding: "utf8" })
    expect(list.status).toBe(0)
    expect(list.stdout).toContain("1 embedded files")
    expect(list.stdout).toContain("factur-x.xml")
    const extracted = join(workDir, "extracted.xml")
    const save = spawnSync("pdfdetach", ["-save", "1", "-o", extracted, file], { encoding: "utf8" })
    expect(save.status).toBe(0)
    expect(readFileSync(extracted, "utf8")).toBe(cii)
  })
})
