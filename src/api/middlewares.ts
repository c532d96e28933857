import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { COMPANY_DETAIL_FIELDS, COMPANY_FIELDS } from "./admin/companies/query-config"
import {
  AdminAddCompanyBuyer,
  AdminCreateCompany,
  AdminCreateCreditOverride,
  AdminGetCompaniesParams,
  AdminGetCompanyParams,
  AdminHoldCompany,
  AdminReconcileExposure,
  AdminReleaseCompany,
  AdminUpdateCompany,
} from "./admin/companies/validators"
import {
  AdminCreatePaymentTerm,
  AdminGetPaymentTermParams,
  AdminGetPaymentTermsParams,
  AdminUpdatePaymentTerm,
} from "./admin/payment-terms/validators"
import {
  AdminCreateCreditNote,
  AdminGetInvoiceXmlParams,
  AdminListInvoicesParams,
  AdminSendInvoice,
} from "./admin/invoices/validators"
import {
  AdminAgingParams,
  AdminApplyPayment,
  AdminKpiParams,
  AdminLedgerParams,
  AdminListPaymentsParams,
  AdminOverdueCompaniesParams,
  AdminReceivePayment,
  AdminReversePayment,
  AdminSendStatement,
  StatementParams,
  StoreStatementParams,
} from "./admin/receivables/validators"
import { SellerIdentityOptionsSchema } from "../modules/invoicing/seller"
import { z } from "@medusajs/framework/zod"
import { guardOnAccountSession, hideOnAccountWhenIneligible } from "./store/on-account-eligibility"

const companyDetail = validateAndTransformQuery(AdminGetCompanyParams, { defaults: COMPANY_DETAIL_FIELDS, isList: false })
const storeCustomer = authenticate("customer", ["session", "bearer"])
const StoreListInvoicesParams = AdminListInvoicesParams.omit({ company_id: true, customer_id: true }).extend({
  kind: z.enum(["invoice", "credit_note"], { message: "kind must be invoice or credit_note" }).default("invoice"),
})
const PAYMENT_TERM_FIELDS = ["id", "code", "name", "description", "version", "instalments", "metadata", "created_at", "updated_at"]

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/companies",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminGetCompaniesParams, { defaults: COMPANY_FIELDS, isList: true })],
    },
    { matcher: "/admin/companies", method: "POST", middlewares: [validateAndTransformBody(AdminCreateCompany), companyDetail] },
    { matcher: "/admin/companies/:id", method: ["GET", "DELETE"], middlewares: [companyDetail] },
    { matcher: "/admin/companies/:id", method: "POST", middlewares: [validateAndTransformBody(AdminUpdateCompany), companyDetail] },
    {
      matcher: "/admin/companies/:id/buyers",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminAddCompanyBuyer), companyDetail],
    },
    { matcher: "/admin/companies/:id/buyers/:customer_id", method: "DELETE", middlewares: [companyDetail] },
    { matcher: "/admin/companies/:id/hold", method: "POST", middlewares: [validateAndTransformBody(AdminHoldCompany), companyDetail] },
    {
      matcher: "/admin/companies/:id/release",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminReleaseCompany), companyDetail],
    },
    {
      matcher: "/admin/companies/:id/credit-overrides",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateCreditOverride), companyDetail],
    },
    {
      matcher: "/admin/companies/:id/credit-history",
      method: "GET",
      middlewares: [validateAndTransformQuery(createFindParams({ limit: 50, offset: 0 }), {})],
    },
    { matcher: "/admin/o2c/exposure-drift", method: "POST", middlewares: [validateAndTransformBody(AdminReconcileExposure)] },
    {
      matcher: "/admin/payment-terms",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminGetPaymentTermsParams, { defaults: PAYMENT_TERM_FIELDS, isList: true })],
    },
    { matcher: "/admin/payment-terms", method: "POST", middlewares: [validateAndTransformBody(AdminCreatePaymentTerm)] },
    {
      matcher: "/admin/payment-terms/:id",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminGetPaymentTermParams, { defaults: PAYMENT_TERM_FIELDS })],
    },
    { matcher: "/admin/payment-terms/:id", method: "POST", middlewares: [validateAndTransformBody(AdminUpdatePaymentTerm)] },
    { matcher: "/admin/invoices", method: "GET", middlewares: [validateAndTransformQuery(AdminListInvoicesParams, {})] },
    { matcher: "/admin/credit-notes", method: "GET", middlewares: [validateAndTransformQuery(AdminListInvoicesParams, {})] },
    { matcher: "/admin/invoices/:id/xml", method: "GET", middlewares: [validateAndTransformQuery(AdminGetInvoiceXmlParams, {})] },
    { matcher: "/admin/invoices/:id/credit-notes", method: "POST", middlewares: [validateAndTransformBody(AdminCreateCreditNote)] },
    { matcher: "/admin/invoices/:id/send", method: "POST", middlewares: [validateAndTransformBody(AdminSendInvoice)] },
    { matcher: "/admin/o2c/seller-identity", method: "POST", middlewares: [validateAndTransformBody(SellerIdentityOptionsSchema)] },
    { matcher: "/admin/receivables/aging", method: "GET", middlewares: [validateAndTransformQuery(AdminAgingParams, {})] },
    { matcher: "/admin/receivables/kpis", method: "GET", middlewares: [validateAndTransformQuery(AdminKpiParams, {})] },
    {
      matcher: "/admin/receivables/overdue-companies",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminOverdueCompaniesParams, {})],
    },
    { matcher: "/admin/receivables/payments", method: "POST", middlewares: [validateAndTransformBody(AdminReceivePayment)] },
    {
      matcher: "/admin/receivables/payments/:id/allocations",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminApplyPayment)],
    },
    {
      matcher: "/admin/receivables/payments/:id/reverse",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminReversePayment)],
    },
    { matcher: "/admin/companies/:id/ledger", method: "GET", middlewares: [validateAndTransformQuery(AdminLedgerParams, {})] },
    { matcher: "/admin/companies/:id/statement", method: "GET", middlewares: [validateAndTransformQuery(StatementParams, {})] },
    { matcher: "/admin/companies/:id/statement/send", method: "POST", middlewares: [validateAndTransformBody(AdminSendStatement)] },
    { matcher: "/admin/receivables/payments", method: "GET", middlewares: [validateAndTransformQuery(AdminListPaymentsParams, {})] },
    { matcher: "/store/company", method: "GET", middlewares: [storeCustomer] },
    {
      matcher: "/store/company/statement",
      method: "GET",
      middlewares: [storeCustomer, validateAndTransformQuery(StoreStatementParams, {})],
    },
    { matcher: "/store/company/open-items", method: "GET", middlewares: [storeCustomer] },
    { matcher: "/store/invoices", method: "GET", middlewares: [storeCustomer, validateAndTransformQuery(StoreListInvoicesParams, {})] },
    { matcher: "/store/invoices/:id", method: "GET", middlewares: [storeCustomer] },
    { matcher: "/store/invoices/:id/pdf", method: "GET", middlewares: [storeCustomer] },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      method: "POST",
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardOnAccountSession],
    },
    {
      matcher: "/store/payment-providers",
      method: "GET",
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), hideOnAccountWhenIneligible],
    },
  ],
})
