import DocumentsModuleService from "../service"
import { MIXED_RATES_INVOICE, printable } from "./fixtures/invoices"

const service = (options: object = {}) => new DocumentsModuleService({}, options)

describe("DocumentsModuleService", () => {
  it.each([
    ["no option: English", {}, null, "en"],
    ["defaultLanguage fr", { defaultLanguage: "fr" }, null, "fr"],
    ["the company's own language first", { defaultLanguage: "fr" }, "en", "en"],
    ["a language we do not print: the default", { defaultLanguage: "fr" }, "es", "fr"],
  ])("decides the language with %s", (_, options, companyLanguage, language) => {
    expect(service(options).languageFor(companyLanguage)).toBe(language)
  })

  it("refuses a default language it cannot print", () => {
    expect(() => service({ defaultLanguage: "de" })).toThrow("defaultLanguage")
  })

  it.each([
    ["en", "<h1>Invoice</h1>"],
    ["fr", "<h1>Facture</h1>"],
  ] as const)("prints an invoice's page in %s", (language, heading) => {
    expect(service().html({ kind: "invoice", language, view: printable(MIXED_RATES_INVOICE) })).toContain(
      heading
    )
  })

  it.each([
    [
      "an unknown language",
      { kind: "invoice", language: "de", view: printable(MIXED_RATES_INVOICE) },
      'Documents are printed in French (fr) or English (en), not "de"',
    ],
    [
      "an unknown kind",
      { kind: "packing_slip", language: "fr", view: {} },
      'There is no template for a document of kind "packing_slip"',
    ],
    [
      "an invoice as a credit note",
      { kind: "credit_note", language: "fr", view: printable(MIXED_RATES_INVOICE) },
      "Document INV-2026-000042 is an invoice: it cannot be printed as a credit note",
    ],
  ])("refuses %s", (_, request, message) => {
    expect(() => service().html(request as any)).toThrow(message)
  })
})
