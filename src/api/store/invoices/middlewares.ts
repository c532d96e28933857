import { type MiddlewareRoute, authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import { featureRoutes } from "../../middleware-routes"
import { resolveBuyer } from "../buyer-context"
import { StoreListInvoicesParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

// Any signed-in customer has documents (their own orders'); a buyer's scope depends on their role.
export const storeInvoicesMiddlewares: MiddlewareRoute[] = [
  ...featureRoutes("invoicing", "/store/invoices"),
  {
    matcher: "/store/invoices",
    methods: ["GET"],
    middlewares: [customer, validateAndTransformQuery(StoreListInvoicesParams, {}), resolveBuyer],
  },
  { matcher: "/store/invoices/:id", methods: ["GET"], middlewares: [customer, resolveBuyer] },
  { matcher: "/store/invoices/:id/pdf", methods: ["GET"], middlewares: [customer, resolveBuyer] },
]
