import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { featureRoutes, getWithQuery, postWithBody } from "../../middleware-routes"
import { AdminLedgerParams, AdminSendStatement, StatementParams } from "../receivables/validators"
import { COMPANY_DETAIL_FIELDS, COMPANY_FIELDS } from "./query-config"
import {
  AdminAddCompanyBuyer,
  AdminCreateCompany,
  AdminCreateCreditOverride,
  AdminGetCompaniesParams,
  AdminGetCompanyParams,
  AdminHoldCompany,
  AdminReleaseCompany,
  AdminUpdateCompany,
} from "./validators"

// Writes answer with the company as GET /admin/companies/:id shows it.
const companyDetail = validateAndTransformQuery(AdminGetCompanyParams, {
  defaults: COMPANY_DETAIL_FIELDS,
  isList: false,
})

export const adminCompaniesMiddlewares: MiddlewareRoute[] = [
  // A company's ledger and statement are receivables': absent (404) while it is switched off.
  ...featureRoutes("receivables", "/admin/companies/:id/ledger", "/admin/companies/:id/statement"),
  getWithQuery("/admin/companies", AdminGetCompaniesParams, { defaults: COMPANY_FIELDS, isList: true }),
  postWithBody("/admin/companies", AdminCreateCompany, companyDetail),
  { matcher: "/admin/companies/:id", methods: ["GET", "DELETE"], middlewares: [companyDetail] },
  postWithBody("/admin/companies/:id", AdminUpdateCompany, companyDetail),
  postWithBody("/admin/companies/:id/buyers", AdminAddCompanyBuyer, companyDetail),
  { matcher: "/admin/companies/:id/buyers/:customer_id", methods: ["DELETE"], middlewares: [companyDetail] },
  postWithBody("/admin/companies/:id/hold", AdminHoldCompany, companyDetail),
  postWithBody("/admin/companies/:id/release", AdminReleaseCompany, companyDetail),
  postWithBody("/admin/companies/:id/credit-overrides", AdminCreateCreditOverride, companyDetail),
  getWithQuery("/admin/companies/:id/credit-history", createFindParams({ limit: 50, offset: 0 })),
  getWithQuery("/admin/companies/:id/ledger", AdminLedgerParams),
  getWithQuery("/admin/companies/:id/statement", StatementParams),
  postWithBody("/admin/companies/:id/statement/send", AdminSendStatement),
]
