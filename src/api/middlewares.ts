import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCompaniesMiddlewares } from "./admin/companies/middlewares"
import { adminCreditNotesMiddlewares } from "./admin/credit-notes/middlewares"
import { adminInvoicesMiddlewares } from "./admin/invoices/middlewares"
import { adminO2cMiddlewares } from "./admin/o2c/middlewares"
import { adminPaymentTermsMiddlewares } from "./admin/payment-terms/middlewares"
import { adminReceivablesMiddlewares } from "./admin/receivables/middlewares"
import { dunningMiddlewares } from "./dunning/middlewares"
import { o2cErrorHandler } from "./error-handler"
import { storeCompanyMiddlewares } from "./store/company/middlewares"
import { storeInvoicesMiddlewares } from "./store/invoices/middlewares"
import { storeOnAccountMiddlewares } from "./store/on-account/middlewares"

// Each folder declares the validators and middlewares of its own routes; this file only gathers them.
export default defineMiddlewares({
  errorHandler: o2cErrorHandler,
  routes: [
    ...adminCompaniesMiddlewares,
    ...adminPaymentTermsMiddlewares,
    ...adminInvoicesMiddlewares,
    ...adminCreditNotesMiddlewares,
    ...adminReceivablesMiddlewares,
    ...adminO2cMiddlewares,
    ...storeCompanyMiddlewares,
    ...storeInvoicesMiddlewares,
    ...storeOnAccountMiddlewares,
    ...dunningMiddlewares,
  ],
})
