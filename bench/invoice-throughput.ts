// bench: exec — run in-process by bench/run.sh (medusa exec), no HTTP server.
import { performance } from "node:perf_hooks"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DOCUMENTS_MODULE } from "../src/modules/documents"
import { PdfRenderer, renderOnce } from "../src/modules/documents/renderer"
import type DocumentsModuleService from "../src/modules/documents/service"
import { INVOICING_MODULE } from "../src/modules/invoicing"
import type InvoicingModuleService from "../src/modules/invoicing/service"
import { placeSeedOrder } from "../src/scripts/seed/b2b"
import { seedStore } from "../src/scripts/seed/store"
import { issueOrderInvoiceWorkflow } from "../src/workflows/invoicing/issue-order-invoice"
import { summarize } from "./lib/stats"

/**
 * Invoices per second end to end — issue (number, hash), then on
 * invoice.issued the real subscriber renders the PDF, embeds the Factur-X
 * XML, writes the UBL, stores the three files and emails the invoice — with
 * the warm Chromium against a Chromium per invoice (the `pdfBrowser`
 * option), interleaved in one run. Then Chromium's PDF render alone, p50/p95,
 * both ways.
 */
const INVOICES = Number(process.env.BENCH_INVOICES ?? 12)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const ISSUE_CONCURRENCY = 2

export default async function invoiceThroughput({ container }: ExecArgs) {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const store = await seedStore(container)
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: "claire@atelier-martin.fr" })
  const buyer = { id: customer.id, email: customer.email }

  async function arm(pdfBrowser: "warm" | "per_document") {
    invoicing.options.invoicing.pdfBrowser = pdfBrowser
    const orders: string[] = []
    for (let i = 0; i < INVOICES; i++) {
      orders.push(await placeSeedOrder(container, store, buyer, [{ sku: "CONS-CT-200", quantity: 1 + (i % 3) }]))
    }
    const start = performance.now()
    const issued = new Map<string, number>()
    const queue = [...orders]
    await Promise.all(
      Array.from({ length: ISSUE_CONCURRENCY }, async () => {
        for (let orderId = queue.shift(); orderId; orderId = queue.shift()) {
          const { result } = await issueOrderInvoiceWorkflow(container).run({ input: { order_id: orderId } })
          issued.set(result!.id, performance.now())
        }
      })
    )
    // Issue-to-stored latency of each invoice, as seen by polling its render state.
    const latencies: number[] = []
    const pending = new Set(issued.keys())
    while (pending.size) {
      const done = await invoicing.listInvoices({ id: [...pending], render_status: ["rendered", "failed"] }, { select: ["id", "render_status"] })
      for (const invoice of done) {
        if (invoice.render_status === "failed") throw new Error(`render failed for ${invoice.id}`)
        latencies.push(performance.now() - issued.get(invoice.id)!)
        pending.delete(invoice.id)
      }
      await new Promise((r) => setTimeout(r, 10))
    }
    const seconds = (performance.now() - start) / 1000
    return { invoices_per_s: INVOICES / seconds, latency: latencies }
  }

  await arm("warm") // warm-up: launches the browser, fills caches
  const results = { warm: { rates: [] as number[], latency: [] as number[] }, per_document: { rates: [] as number[], latency: [] as number[] } }
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ["warm", "per_document"] as const) {
      const { invoices_per_s, latency } = await arm(mode)
      results[mode].rates.push(invoices_per_s)
      results[mode].latency.push(...latency)
    }
  }
  invoicing.options.invoicing.pdfBrowser = "warm"

  // Chromium alone, on a real issued document.
  const [sample] = await invoicing.listInvoices({ status: "issued", kind: "invoice" }, { take: 1, select: ["id"] })
  const html = container
    .resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    .html({ kind: "invoice", language: "en", view: await invoicing.printableDocument(sample.id) })
  const renderer = new PdfRenderer({ concurrency: 1 })
  await renderer.render(html)
  const warmRenders: number[] = []
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    await renderer.render(html)
    warmRenders.push(performance.now() - t)
  }
  await renderer.close()
  const freshRenders: number[] = []
  for (let i = 0; i < 10; i++) {
    const t = performance.now()
    await renderOnce(html)
    freshRenders.push(performance.now() - t)
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const rate = (xs: number[]) => Math.round(median(xs) * 100) / 100
  console.log(
    JSON.stringify({
      bench: "invoice-throughput",
      invoices_per_arm: INVOICES,
      rounds: ROUNDS,
      warm: { invoices_per_s: rate(results.warm.rates), issue_to_stored: summarize(results.warm.latency) },
      per_document: {
        invoices_per_s: rate(results.per_document.rates),
        issue_to_stored: summarize(results.per_document.latency),
      },
      speedup: Math.round((median(results.warm.rates) / median(results.per_document.rates)) * 100) / 100,
      pdf_render: { warm: summarize(warmRenders), browser_per_pdf: summarize(freshRenders) },
    })
  )
}
