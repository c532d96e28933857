import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requireFeature } from "../../../modules/o2c/feature-gate"
import {
  AdminCreateCreditNote,
  AdminGetInvoiceXmlParams,
  AdminListInvoicesParams,
  AdminSendInvoice,
} from "./validators"

export const adminInvoicesMiddlewares: MiddlewareRoute[] = [
  // Switched off, invoicing's routes are absent (404), here and under an order and a series.
  { matcher: "/admin/invoices", middlewares: [requireFeature("invoicing")] },
  { matcher: "/admin/invoice-series", middlewares: [requireFeature("invoicing")] },
  { matcher: "/admin/orders/:id/invoices", middlewares: [requireFeature("invoicing")] },
  {
    matcher: "/admin/invoices",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListInvoicesParams, {})],
  },
  {
    matcher: "/admin/invoices/:id/xml",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetInvoiceXmlParams, {})],
  },
  {
    matcher: "/admin/invoices/:id/credit-notes",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCreditNote)],
  },
  {
    matcher: "/admin/invoices/:id/send",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSendInvoice)],
  },
]
