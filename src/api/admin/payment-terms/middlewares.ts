import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { PAYMENT_TERM_FIELDS } from "./query-config"
import {
  AdminCreatePaymentTerm,
  AdminGetPaymentTermParams,
  AdminGetPaymentTermsParams,
  AdminUpdatePaymentTerm,
} from "./validators"

export const adminPaymentTermsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/payment-terms",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetPaymentTermsParams, { defaults: PAYMENT_TERM_FIELDS, isList: true }),
    ],
  },
  {
    matcher: "/admin/payment-terms",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePaymentTerm)],
  },
  {
    matcher: "/admin/payment-terms/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetPaymentTermParams, { defaults: PAYMENT_TERM_FIELDS })],
  },
  {
    matcher: "/admin/payment-terms/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePaymentTerm)],
  },
]
