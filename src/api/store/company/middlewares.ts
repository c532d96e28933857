import { type MiddlewareRoute, authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import { featureRoutes } from "../../middleware-routes"
import { ensureBuyer, ensureCompanyAdmin, resolveBuyer } from "../buyer-context"
import { StoreStatementParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeCompanyMiddlewares: MiddlewareRoute[] = [
  // The account (statement, open items) is receivables': absent (404) while it is switched off.
  ...featureRoutes("receivables", "/store/company/statement", "/store/company/open-items"),
  { matcher: "/store/company", methods: ["GET"], middlewares: [customer, resolveBuyer, ensureBuyer] },
  // The company's account (statement, open items) is for its admins only.
  {
    matcher: "/store/company/statement",
    methods: ["GET"],
    middlewares: [
      customer,
      validateAndTransformQuery(StoreStatementParams, {}),
      resolveBuyer,
      ensureCompanyAdmin,
    ],
  },
  {
    matcher: "/store/company/open-items",
    methods: ["GET"],
    middlewares: [customer, resolveBuyer, ensureCompanyAdmin],
  },
]
