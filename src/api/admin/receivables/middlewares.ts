import type { MiddlewareRoute } from "@medusajs/framework/http"
import { featureRoutes, getWithQuery, postWithBody } from "../../middleware-routes"
import {
  AdminAgingParams,
  AdminApplyPayment,
  AdminKpiParams,
  AdminListPaymentsParams,
  AdminOverdueCompaniesParams,
  AdminReceivePayment,
  AdminReversePayment,
} from "./validators"

export const adminReceivablesMiddlewares: MiddlewareRoute[] = [
  ...featureRoutes("receivables", "/admin/receivables"),
  getWithQuery("/admin/receivables/aging", AdminAgingParams),
  getWithQuery("/admin/receivables/kpis", AdminKpiParams),
  getWithQuery("/admin/receivables/overdue-companies", AdminOverdueCompaniesParams),
  getWithQuery("/admin/receivables/payments", AdminListPaymentsParams),
  postWithBody("/admin/receivables/payments", AdminReceivePayment),
  postWithBody("/admin/receivables/payments/:id/allocations", AdminApplyPayment),
  postWithBody("/admin/receivables/payments/:id/reverse", AdminReversePayment),
]
