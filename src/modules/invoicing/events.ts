/** Emitted once an invoice or credit note is issued: `{ id }`. Rendering and sending listen to it. */
export const INVOICE_ISSUED = "invoice.issued"
/** Emitted once an issued document's PDF and e-invoices are stored: `{ id }`. */
export const INVOICE_RENDERED = "invoice.rendered"
