import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { guardOnAccountSession, hideOnAccountWhenIneligible } from "./eligibility"

// Medusa's own checkout routes, open to guests: pay on account is offered and accepted only for eligible buyers.
const anyCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeOnAccountMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [anyCustomer, guardOnAccountSession],
  },
  {
    matcher: "/store/payment-providers",
    methods: ["GET"],
    middlewares: [anyCustomer, hideOnAccountWhenIneligible],
  },
]
