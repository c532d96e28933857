import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireFeature } from "../../../modules/o2c/feature-gate"
import { AdminListInvoicesParams } from "../invoices/validators"

// Credit notes are invoices of another kind: the same list, the same filters.
export const adminCreditNotesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/credit-notes", middlewares: [requireFeature("invoicing")] },
  {
    matcher: "/admin/credit-notes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListInvoicesParams, {})],
  },
]
