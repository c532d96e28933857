import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { requireFeature } from "../../../modules/o2c/feature-gate"
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
  { matcher: "/admin/companies/:id/ledger", middlewares: [requireFeature("receivables")] },
  { matcher: "/admin/companies/:id/statement", middlewares: [requireFeature("receivables")] },
  {
    matcher: "/admin/companies",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetCompaniesParams, { defaults: COMPANY_FIELDS, isList: true }),
    ],
  },
  {
    matcher: "/admin/companies",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCompany), companyDetail],
  },
  { matcher: "/admin/companies/:id", methods: ["GET", "DELETE"], middlewares: [companyDetail] },
  {
    matcher: "/admin/companies/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCompany), companyDetail],
  },
  {
    matcher: "/admin/companies/:id/buyers",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddCompanyBuyer), companyDetail],
  },
  { matcher: "/admin/companies/:id/buyers/:customer_id", methods: ["DELETE"], middlewares: [companyDetail] },
  {
    matcher: "/admin/companies/:id/hold",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminHoldCompany), companyDetail],
  },
  {
    matcher: "/admin/companies/:id/release",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReleaseCompany), companyDetail],
  },
  {
    matcher: "/admin/companies/:id/credit-overrides",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCreditOverride), companyDetail],
  },
  {
    matcher: "/admin/companies/:id/credit-history",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(createFindParams({ limit: 50, offset: 0 }), {})],
  },
  {
    matcher: "/admin/companies/:id/ledger",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminLedgerParams, {})],
  },
  {
    matcher: "/admin/companies/:id/statement",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StatementParams, {})],
  },
  {
    matcher: "/admin/companies/:id/statement/send",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSendStatement)],
  },
]
