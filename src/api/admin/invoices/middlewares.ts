import type { MiddlewareRoute } from "@medusajs/framework/http"
import { featureRoutes, getWithQuery, postWithBody } from "../../middleware-routes"
import {
  AdminCreateCreditNote,
  AdminGetInvoiceXmlParams,
  AdminListInvoicesParams,
  AdminSendInvoice,
} from "./validators"

export const adminInvoicesMiddlewares: MiddlewareRoute[] = [
  // Switched off, invoicing's routes are absent (404), here and under an order and a series.
  ...featureRoutes("invoicing", "/admin/invoices", "/admin/invoice-series", "/admin/orders/:id/invoices"),
  getWithQuery("/admin/invoices", AdminListInvoicesParams),
  getWithQuery("/admin/invoices/:id/xml", AdminGetInvoiceXmlParams),
  postWithBody("/admin/invoices/:id/credit-notes", AdminCreateCreditNote),
  postWithBody("/admin/invoices/:id/send", AdminSendInvoice),
]
