import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"

type BuyerAccount = NonNullable<Awaited<ReturnType<CompanyModuleService["buyerAccount"]>>>

/** Who the signed-in customer buys for, looked up once per request by `buyerOf`. */
export type Buyer = {
  customer_id: string
  company_id: string
  role: BuyerAccount["role"]
  company: BuyerAccount["company"]
}

/** A store request after `resolveBuyer`: `buyer` is null for a guest or a customer buying for no company. */
export interface StoreCustomerRequest<Body = unknown, Query = Record<string, unknown>>
  extends AuthenticatedMedusaRequest<Body, Query> {
  buyer: Buyer | null
}

/** A store request after `ensureBuyer` or `ensureCompanyAdmin`: a buyer of a company, always. */
export interface StoreBuyerRequest<Body = unknown, Query = Record<string, unknown>>
  extends AuthenticatedMedusaRequest<Body, Query> {
  buyer: Buyer
}

/**
 * The signed-in customer's company and role, looked up at most once per
 * request and kept on `req.buyer`; null for a guest or a customer of no company.
 */
export async function buyerOf(req: MedusaRequest): Promise<Buyer | null> {
  const request = req as StoreCustomerRequest
  if (request.buyer !== undefined) {
    return request.buyer
  }
  const customerId = request.auth_context?.actor_type === "customer" ? request.auth_context.actor_id : ""
  const account = customerId
    ? await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).buyerAccount(customerId)
    : null
  request.buyer = account
    ? {
        customer_id: account.customer_id,
        company_id: account.company_id,
        role: account.role,
        company: account.company,
      }
    : null
  return request.buyer
}

/** Sets `req.buyer` for the routes and middlewares after it, which then read it instead of asking again. */
export async function resolveBuyer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await buyerOf(req)
  next()
}

/** 404 for a customer who buys for no company: the company routes have nothing to show them. */
export function ensureBuyer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!(req as StoreCustomerRequest).buyer) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, "You are not a buyer of any company"))
  }
  next()
}

/** As `ensureBuyer`, and 403 for a buyer who is not one of the company's admins. */
export function ensureCompanyAdmin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  ensureBuyer(req, res, (error?: unknown) => {
    if (error) {
      return next(error)
    }
    if ((req as StoreBuyerRequest).buyer.role !== "admin") {
      return next(
        new MedusaError(
          MedusaError.Types.FORBIDDEN,
          "Only your company's admins can see its account: ask one of them for the statement"
        )
      )
    }
    next()
  })
}
