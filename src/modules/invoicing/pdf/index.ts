export { type PdfRendererOptions, PdfRenderer, type PdfRendererStats, renderOnce } from "./renderer"
export { escapeHtml, renderInvoiceHtml } from "./template"
export { type InvoiceView, type InvoiceViewOptions, invoiceViewModel } from "./view-model"
