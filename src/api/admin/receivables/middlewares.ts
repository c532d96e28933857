import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAgingParams,
  AdminApplyPayment,
  AdminKpiParams,
  AdminListPaymentsParams,
  AdminOverdueCompaniesParams,
  AdminReceivePayment,
  AdminReversePayment,
} from "./validators"
import { requireFeature } from "../../../modules/o2c/feature-gate"

export const adminReceivablesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/receivables", middlewares: [requireFeature("receivables")] },
  {
    matcher: "/admin/receivables/aging",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminAgingParams, {})],
  },
  {
    matcher: "/admin/receivables/kpis",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminKpiParams, {})],
  },
  {
    matcher: "/admin/receivables/overdue-companies",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminOverdueCompaniesParams, {})],
  },
  {
    matcher: "/admin/receivables/payments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListPaymentsParams, {})],
  },
  {
    matcher: "/admin/receivables/payments",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReceivePayment)],
  },
  {
    matcher: "/admin/receivables/payments/:id/allocations",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminApplyPayment)],
  },
  {
    matcher: "/admin/receivables/payments/:id/reverse",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReversePayment)],
  },
]
