import type { MiddlewareRoute } from "@medusajs/framework/http"
import { featureRoutes, getWithQuery } from "../../middleware-routes"
import { AdminListInvoicesParams } from "../invoices/validators"

// Credit notes are invoices of another kind: the same list, the same filters.
export const adminCreditNotesMiddlewares: MiddlewareRoute[] = [
  ...featureRoutes("invoicing", "/admin/credit-notes"),
  getWithQuery("/admin/credit-notes", AdminListInvoicesParams),
]
