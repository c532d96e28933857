import type { InvoiceDocument } from "../../../../invoicing/document"
import { CREDIT_NOTE, MIXED_RATES_INVOICE, printable, SELLER } from "../../../__tests__/fixtures/invoices"
import type { FormatOptions } from "../../../i18n/format"
import { invoiceHtml as renderInvoiceHtml } from "../layout"
import { type InvoicePage as InvoiceView, invoicePage } from "../page"

// The English page, as every assertion below was written for.
const invoiceViewModel = (doc: InvoiceDocument, options: FormatOptions) =>
  invoicePage(printable(doc), { language: "en", ...options })

const HOSTILE = `<script>alert(1)</script> & Co "SA" 'x'`
const HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co &quot;SA&quot; &#39;x&#39;"

/** Replaces every string of a value with `text(path)`, keeping its shape. */
function mapStrings(value: unknown, text: (path: string) => string, path = "view"): unknown {
  if (typeof value === "string") return text(path)
  if (Array.isArray(value)) return value.map((item, index) => mapStrings(item, text, `${path}[${index}]`))
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, text, `${path}.${key}`)])
    )
  }
  return value
}

function stringPaths(value: unknown): string[] {
  const paths: string[] = []
  mapStrings(value, (path) => {
    paths.push(path)
    return ""
  })
  return paths
}

describe("renderInvoiceHtml", () => {
  const invoiceView = invoiceViewModel(
    { ...MIXED_RATES_INVOICE, seller: { ...SELLER, logo_url: "data:image/png;base64,iVBORw0KGgo=" } },
    {}
  )
  const hostileView = mapStrings(invoiceView, (path) => `${HOSTILE} ${path}`) as InvoiceView

  it.each(stringPaths(invoiceView))("prints %s, escaped", (path) => {
    expect(renderInvoiceHtml(hostileView)).toContain(`${HOSTILE_ESCAPED} ${path}`)
  })

  it("lets no markup through from any field", () => {
    const page = renderInvoiceHtml(hostileView)
    expect(page).not.toContain("<script")
    expect(page).not.toContain(`"SA"`)
    expect(page).not.toContain("'x'")
  })

  it.each([
    ["buyer legal name", { buyer: { ...MIXED_RATES_INVOICE.buyer, legal_name: HOSTILE } }],
    ["seller legal name", { seller: { ...SELLER, legal_name: HOSTILE } }],
    ["line title", { lines: [{ ...MIXED_RATES_INVOICE.lines[0], title: HOSTILE }] }],
    ["purchase order", { purchase_order_ref: HOSTILE }],
    ["payment terms", { payment_terms_text: HOSTILE }],
    ["seller footer", { seller: { ...SELLER, footer: HOSTILE } }],
  ])("escapes a hostile %s from the document", (_, change) => {
    const page = renderInvoiceHtml(invoiceViewModel({ ...MIXED_RATES_INVOICE, ...change }, {}))
    expect(page).toContain(HOSTILE_ESCAPED)
    expect(page).not.toContain("<script")
  })

  it("escapes the fixtures' own special characters", () => {
    const page = renderInvoiceHtml(invoiceView)
    expect(page).toContain("Hex bolts M8 × 40 &lt;box of 100&gt;")
    expect(page).toContain("Zinc plated &amp; boxed")
    expect(page).toContain("12 rue de l&#39;Industrie")
  })

  it.each([
    ["an inline logo is printed", invoiceView, '<img class="logo" src="data:image/png;base64,iVBORw0KGgo="'],
    ["no logo, no img", invoiceViewModel(MIXED_RATES_INVOICE, {}), null],
  ])("%s", (_, view, img) => {
    const page = renderInvoiceHtml(view)
    if (img) expect(page).toContain(img)
    else expect(page).not.toContain("<img")
  })

  it.each([
    [
      "invoice",
      invoiceViewModel(MIXED_RATES_INVOICE, {}),
      ["<h1>Invoice</h1>", "IBAN", "RF18INV2026000042"],
      ["corrects invoice"],
    ],
    [
      "credit note",
      invoiceViewModel(CREDIT_NOTE, {}),
      ["<h1>Credit note</h1>", "This credit note corrects invoice INV-2026-000042 issued on 20 Nov 2026."],
      ["IBAN", "<h2>Payment</h2>"],
    ],
  ])("shows the blocks of a %s", (_, view, present, absent) => {
    const page = renderInvoiceHtml(view)
    for (const text of present) expect(page).toContain(text)
    for (const text of absent) expect(page).not.toContain(text)
  })

  it("is a self-contained A4 document that loads nothing", () => {
    const page = renderInvoiceHtml(invoiceViewModel(MIXED_RATES_INVOICE, {}))
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(page).toContain("size: A4")
    expect(page).not.toMatch(/https?:\/\/|<link|<script|@import|url\(/)
  })
})
