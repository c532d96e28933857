import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import { onAccountEligibility } from "../../modules/company/credit"
import type CompanyModuleService from "../../modules/company/service"
import { ON_ACCOUNT_PROVIDER_ID } from "../../providers/on-account"

async function refusal(req: AuthenticatedMedusaRequest): Promise<string | null> {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!customerId) {
    return "Pay on account is only available to logged-in buyers of a company account."
  }
  const buyer = await req.scope.resolve<CompanyModuleService>(COMPANY_MODULE).buyerAccount(customerId)
  if (!buyer) {
    return "Pay on account is only available to buyers of a company account."
  }
  return onAccountEligibility(buyer.company as any)?.message ?? null
}

/** Choosing pay on account: refused up front, with the reason, for buyers who may not use it. */
export async function guardOnAccountSession(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((req.body as { provider_id?: string })?.provider_id === ON_ACCOUNT_PROVIDER_ID) {
    const reason = await refusal(req)
    if (reason) {
      return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, reason))
    }
  }
  next()
}

/** Listing payment methods: pay on account is only offered to buyers who may use it. */
export async function hideOnAccountWhenIneligible(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!(await refusal(req))) {
    return next()
  }
  const json = res.json.bind(res)
  res.json = (body: any) => {
    if (Array.isArray(body?.payment_providers)) {
      const offered = body.payment_providers.filter((p: { id: string }) => p.id !== ON_ACCOUNT_PROVIDER_ID)
      return json({ ...body, payment_providers: offered, count: offered.length })
    }
    return json(body)
  }
  next()
}
