import type { MiddlewareRoute } from "@medusajs/framework/http"
import { getWithQuery, postWithBody } from "../../middleware-routes"
import { PAYMENT_TERM_FIELDS } from "./query-config"
import {
  AdminCreatePaymentTerm,
  AdminGetPaymentTermParams,
  AdminGetPaymentTermsParams,
  AdminUpdatePaymentTerm,
} from "./validators"

export const adminPaymentTermsMiddlewares: MiddlewareRoute[] = [
  getWithQuery("/admin/payment-terms", AdminGetPaymentTermsParams, {
    defaults: PAYMENT_TERM_FIELDS,
    isList: true,
  }),
  postWithBody("/admin/payment-terms", AdminCreatePaymentTerm),
  getWithQuery("/admin/payment-terms/:id", AdminGetPaymentTermParams, { defaults: PAYMENT_TERM_FIELDS }),
  postWithBody("/admin/payment-terms/:id", AdminUpdatePaymentTerm),
]
