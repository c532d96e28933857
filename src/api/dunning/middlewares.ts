import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { featureRoutes, getWithQuery, postWithBody } from "../middleware-routes"
import { ensureBuyer, resolveBuyer } from "../store/buyer-context"
import {
  AdminCollectionsParams,
  AdminCreatePromise,
  AdminListClaims,
  AdminListDisputes,
  AdminListPromises,
  AdminListReminders,
  AdminListRuns,
  AdminOpenDispute,
  AdminPreviewDunningLevel,
  AdminRecordActivity,
  AdminResolveDispute,
  AdminRunDunning,
  AdminSaveDunningPolicy,
  AdminSaveInterestRate,
  AdminUpdateDunningAccount,
  AdminWaiveClaim,
  AdminDecideClaim,
  DisputeBody,
  PromiseBody,
  StoreListParams,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const buyer = [customer, resolveBuyer, ensureBuyer]

/** The dunning context's routes: admin (collections staff) and store (any buyer of the company). */
export const dunningMiddlewares: MiddlewareRoute[] = [
  ...featureRoutes(
    "dunning",
    "/admin/dunning-*",
    "/admin/collections*",
    "/admin/disputes*",
    "/admin/promises*",
    "/admin/collection-activities*",
    "/admin/invoices/:id/dunning",
    "/admin/companies/:id/dunning",
    "/admin/companies/:id/collection-activities",
    "/store/company/reminders",
    "/store/company/disputes",
    "/store/company/promises"
  ),
  postWithBody("/admin/dunning-policies", AdminSaveDunningPolicy),
  postWithBody("/admin/dunning-policies/preview", AdminPreviewDunningLevel),
  postWithBody("/admin/dunning-policies/:id", AdminSaveDunningPolicy),
  getWithQuery("/admin/dunning-runs", AdminListRuns),
  postWithBody("/admin/dunning-runs", AdminRunDunning),
  getWithQuery("/admin/dunning-reminders", AdminListReminders),
  getWithQuery("/admin/dunning-claims", AdminListClaims),
  postWithBody("/admin/dunning-claims/:id/debit", AdminDecideClaim),
  postWithBody("/admin/dunning-claims/:id/waive", AdminWaiveClaim),
  postWithBody("/admin/dunning-rates", AdminSaveInterestRate),
  getWithQuery("/admin/collections", AdminCollectionsParams),
  getWithQuery("/admin/disputes", AdminListDisputes),
  postWithBody("/admin/disputes", AdminOpenDispute),
  postWithBody("/admin/disputes/:id/resolve", AdminResolveDispute),
  getWithQuery("/admin/promises", AdminListPromises),
  postWithBody("/admin/promises", AdminCreatePromise),
  postWithBody("/admin/companies/:id/dunning", AdminUpdateDunningAccount),
  postWithBody("/admin/companies/:id/collection-activities", AdminRecordActivity),
  {
    matcher: "/store/company/reminders",
    methods: ["GET"],
    middlewares: [...buyer, validateAndTransformQuery(StoreListParams, {})],
  },
  {
    matcher: "/store/company/disputes",
    methods: ["GET"],
    middlewares: [...buyer, validateAndTransformQuery(StoreListParams, {})],
  },
  {
    matcher: "/store/company/disputes",
    methods: ["POST"],
    middlewares: [...buyer, validateAndTransformBody(DisputeBody)],
  },
  {
    matcher: "/store/company/promises",
    methods: ["GET"],
    middlewares: [...buyer, validateAndTransformQuery(StoreListParams, {})],
  },
  {
    matcher: "/store/company/promises",
    methods: ["POST"],
    middlewares: [...buyer, validateAndTransformBody(PromiseBody)],
  },
]
