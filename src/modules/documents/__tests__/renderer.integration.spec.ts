import { execFile } from "node:child_process"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import type { InvoiceDocument } from "../../invoicing/document"
import { PdfRenderer, renderOnce } from "../renderer"
import { TEMPLATES } from "../templates"
import { CREDIT_NOTE, MIXED_RATES_INVOICE, printable } from "./fixtures/invoices"

// Real Chromium (/usr/bin/chromium or $CHROMIUM_PATH) and poppler's pdftotext; no database.
jest.setTimeout(120_000)

const run = promisify(execFile)
let workDir: string

/** The PDF's text as pdftotext lays it out, whitespace collapsed so wrapped sentences still match. */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const file = join(workDir, `${Math.random().toString(36).slice(2)}.pdf`)
  await writeFile(file, pdf)
  const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
  return stdout.replace(/\s+/g, " ")
}

const invoiceHtml = (doc: InvoiceDocument) => TEMPLATES[doc.kind](printable(doc), "en")

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-"

/** A document long enough that printing it takes a while: the window to kill Chromium in. */
const LONG_HTML = `<table>${Array.from({ length: 4000 }, (_, i) => `<tr><td>row ${i}</td><td>${"x".repeat(60)}</td></tr>`).join("")}</table>`

describe("invoice PDF with Chromium", () => {
  const renderer = new PdfRenderer({ concurrency: 2, timeoutMs: 30_000 })

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), "o2c-pdf-test-"))
  })

  afterAll(async () => {
    await renderer.close()
    await rm(workDir, { recursive: true, force: true })
  })

  it("prints every legal mention of an invoice", async () => {
    const text = await pdfText(await renderer.render(invoiceHtml(MIXED_RATES_INVOICE)))
    const mentions = [
      // Parties, seller registration.
      "Fournitures Industrielles Lyonnaises SAS",
      "Chaudronnerie Dubois SARL",
      "VAT FR19812345676",
      "VAT FR45987654321",
      "SIRET 81234567600017",
      "SAS with a share capital of 50,000 EUR",
      "RCS Lyon 812 345 676",
      "12 rue de l'Industrie",
      "42000 Saint-Étienne",
      // Document.
      "Invoice",
      "INV-2026-000042",
      "Issue date 20 Nov 2026",
      "Date of supply 19 Nov 2026",
      "Purchase order PO-7781",
      "Due date 20 Dec 2026",
      // Lines: SKU, title, quantity, unit price, discount, net, rate.
      "BOLT-M8-100 Hex bolts M8 × 40 <box of 100> 3 24.90 −7.47 67.23 20 %",
      "MAN-WELD-FR Welding handbook (French edition) 2 35.00 70.00 5.5 %",
      "Express freight 35.00 20 %",
      // VAT per rate and totals.
      "Standard rate 20 % 102.23 20.45",
      "Standard rate 5.5 % 70.00 3.85",
      "Total excl. VAT 172.23 EUR",
      "24.30 EUR",
      "Total incl. VAT 196.53 EUR",
      // Payment and legal sentences.
      "FR76 3000 6000 0112 3456 7890 189",
      "AGRIFRPP",
      "RF18INV2026000042",
      "Early payment discount: 2 % of the instalment of 196.53 EUR due 20 Dec 2026 if payment is received by 30 Nov 2026.",
      "at an annual rate of 12.15 % (art. L441-10 Code de commerce)",
      "fixed indemnity for recovery costs of 40.00 EUR (art. D441-5 Code de commerce)",
      "TVA acquittée sur les débits.",
    ]
    for (const mention of mentions) {
      expect(text).toContain(mention)
    }
  })

  it("prints the invoice a credit note corrects", async () => {
    const text = await pdfText(await renderer.render(invoiceHtml(CREDIT_NOTE)))
    for (const mention of [
      "Credit note",
      "CN-2026-000003",
      "Corrects invoice INV-2026-000042 of 20 Nov 2026",
      "This credit note corrects invoice INV-2026-000042 issued on 20 Nov 2026.",
      "BOLT-M8-100 Hex bolts M8 × 40 <box of 100> 1 24.90 −2.49 22.41 20 %",
      "Total credited incl. VAT 26.89 EUR",
      "No discount for early payment.",
      "SIRET 81234567600017",
      "VAT FR45987654321",
    ]) {
      expect(text).toContain(mention)
    }
  })

  it("prints a French invoice, paid at checkout, with French labels, dates and amounts", async () => {
    const html = TEMPLATES.invoice({ ...printable(MIXED_RATES_INVOICE), paid_at_checkout: true }, "fr")
    const text = await pdfText(await renderer.render(html))
    for (const mention of [
      "Facture",
      "Acquittée",
      "Date d'émission 20 novembre 2026",
      "Date d'échéance 20 décembre 2026",
      "Total HT 172,23 €",
      "Total TTC 196,53 €",
      "N° TVA FR19812345676",
      "SAS au capital de 50,000 EUR",
      "indemnité forfaitaire pour frais de recouvrement de 40,00 € (art. D441-5 du Code de commerce)",
    ]) {
      expect({ mention, found: text.includes(mention) }).toEqual({ mention, found: true })
    }
  })

  it("runs no more than `concurrency` renders at once, on a bounded pool of pages", async () => {
    const html = invoiceHtml(MIXED_RATES_INVOICE)
    const pdfs = await Promise.all(Array.from({ length: 8 }, () => renderer.render(html)))
    expect(pdfs.every(isPdf)).toBe(true)
    const stats = renderer.stats()
    expect(stats.maxInFlight).toBe(2)
    expect(stats.inFlight).toBe(0)
    expect(stats.queued).toBe(0)
    // Two pooled pages plus the blank tab Chromium opens at launch.
    const pages = await renderer.__browserForTests()!.pages()
    expect(pages.length).toBeLessThanOrEqual(3)
  })

  it("neither fetches nor waits for a remote resource", async () => {
    const blockedBefore = renderer.stats().blockedRequests
    const started = Date.now()
    const pdf = await renderer.render(
      `<link rel="stylesheet" href="https://example.com/a.css"><p>offline</p><img src="http://example.com/x.png">`
    )
    expect(isPdf(pdf)).toBe(true)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(renderer.stats().blockedRequests - blockedBefore).toBe(2)
  })

  it("fails the render in flight when Chromium dies, and relaunches it for the next one", async () => {
    await renderer.render("<p>warm</p>")
    const launches = renderer.stats().browserLaunches
    const inFlight = renderer.render(LONG_HTML)
    await new Promise((resolve) => setTimeout(resolve, 100))
    renderer.__browserForTests()!.process()!.kill("SIGKILL")
    await expect(inFlight).rejects.toThrow("Chromium (or its page) went away during the render")

    const text = await pdfText(await renderer.render(invoiceHtml(MIXED_RATES_INVOICE)))
    expect(text).toContain("INV-2026-000042")
    expect(renderer.stats().browserLaunches).toBe(launches + 1)
  })

  it("recovers from a browser killed between renders", async () => {
    const launches = renderer.stats().browserLaunches
    const browser = renderer.__browserForTests()!
    const disconnected = new Promise((resolve) => browser.once("disconnected", resolve))
    browser.process()!.kill("SIGKILL")
    await disconnected
    expect(isPdf(await renderer.render("<p>after the crash</p>"))).toBe(true)
    expect(renderer.stats().browserLaunches).toBe(launches + 1)
  })

  it("times a render out", async () => {
    const impatient = new PdfRenderer({ timeoutMs: 1 })
    try {
      await expect(impatient.render("<p>slow</p>")).rejects.toThrow("PDF render timed out after 1 ms")
    } finally {
      await impatient.close()
    }
  })

  it("says clearly when Chromium is missing", async () => {
    const missing = new PdfRenderer({ executablePath: "/nonexistent/chromium" })
    await expect(missing.render("<p>x</p>")).rejects.toThrow(
      "Chromium not found at /nonexistent/chromium: install the chromium package or set CHROMIUM_PATH"
    )
    await missing.close()
  })

  it("renders with a browser per document (the benchmark's baseline), and a warm renderer is faster", async () => {
    const html = invoiceHtml(MIXED_RATES_INVOICE)
    let started = Date.now()
    const once = await renderOnce(html)
    const coldMs = Date.now() - started
    expect(isPdf(once)).toBe(true)

    await renderer.render(html)
    started = Date.now()
    await renderer.render(html)
    const warmMs = Date.now() - started
    console.log(`invoice PDF: warm render ${warmMs} ms, renderOnce ${coldMs} ms`)
    expect(warmMs).toBeLessThan(coldMs)
  })
})
