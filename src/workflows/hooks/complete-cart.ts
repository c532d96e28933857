import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { exactAmount } from "../../lib/money"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { ON_ACCOUNT_PROVIDER_ID } from "../../providers/on-account"
import { reserveOrderCreditWorkflow } from "../company/reserve-order-credit"

/**
 * The credit check of on-account carts. `validate` runs inside the cart
 * completion, before the order is created and the payment authorized, and
 * its compensation runs if anything after it fails: the reservation is made
 * here and given back there, so a failed completion never holds credit.
 * Concurrent carts of one company are serialized by the reservation
 * workflow (see reserveOrderCreditWorkflow).
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const sessionId = cart.payment_collection?.payment_sessions?.[0]?.id
    if (!sessionId) {
      return new StepResponse(undefined, null)
    }
    // Checkouts paid otherwise pay for this one lookup only.
    const payments = container.resolve(Modules.PAYMENT)
    const [session] = await payments.listPaymentSessions({ id: sessionId })
    if (session?.provider_id !== ON_ACCOUNT_PROVIDER_ID) {
      return new StepResponse(undefined, null)
    }

    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const buyer = cart.customer?.id ? await companies.buyerAccount(cart.customer.id) : null
    if (!buyer) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Pay on account is only available to logged-in buyers of a company account."
      )
    }

    // Its own workflow, so that a refusal's event is sent although this completion fails.
    const { result } = await reserveOrderCreditWorkflow(container).run({
      input: {
        company_id: buyer.company.id,
        customer_id: buyer.customer_id,
        cart_id: cart.id,
        payment_session_id: session.id,
        amount: exactAmount(cart, "total").toFixed(),
        currency_code: cart.currency_code,
      },
    })
    if (result.refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, result.refusal.message, result.refusal.code)
    }
    await payments.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...session.data, credit_commitment_id: result.commitment!.id },
    })
    return new StepResponse(undefined, { cart_id: cart.id })
  },
  async (reserved, { container }) => {
    if (!reserved) {
      return
    }
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).releaseCommitment({ cart_id: reserved.cart_id })
  }
)
