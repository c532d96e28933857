import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { onAccountEligibility } from "../../../modules/company/credit"
import { ON_ACCOUNT_PROVIDER_ID } from "../../../providers/on-account"
import { buyerOf, type StoreCustomerRequest } from "../buyer-context"

/** Why the request's customer may not pay on account, or null when they may. */
async function refusal(req: StoreCustomerRequest): Promise<string | null> {
  if (req.auth_context?.actor_type !== "customer" || !req.auth_context.actor_id) {
    return "Pay on account is only available to logged-in buyers of a company account."
  }
  const buyer = await buyerOf(req)
  if (!buyer) {
    return "Pay on account is only available to buyers of a company account."
  }
  return onAccountEligibility(buyer.company as any)?.message ?? null
}

/** Choosing pay on account: refused up front, with the reason, for buyers who may not use it. */
export async function guardOnAccountSession(
  req: StoreCustomerRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if ((req.body as { provider_id?: string })?.provider_id === ON_ACCOUNT_PROVIDER_ID) {
    const reason = await refusal(req)
    if (reason) {
      return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, reason))
    }
  }
  next()
}

/** Listing payment methods: pay on account is only offered to buyers who may use it. */
export async function hideOnAccountWhenIneligible(
  req: StoreCustomerRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
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
