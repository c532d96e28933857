/**
 * EN 16931 e-invoices of issued documents: UN/CEFACT CII (embedded in a
 * Factur-X PDF/A-3) and UBL 2.1. Pure functions of an InvoiceDocument.
 */
export { toCii } from "./cii"
export { assertEinvoiceable, EinvoiceUnsupportedError } from "./content"
export { embedFacturX, FACTURX_FILE_NAME } from "./facturx"
export { toUbl } from "./ubl"
