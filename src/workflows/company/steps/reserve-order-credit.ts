import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export type ReserveOrderCreditInput = {
  company_id: string
  customer_id: string
  cart_id: string
  payment_session_id: string
  /** The cart total, a decimal string. */
  amount: string
  currency_code: string
}

/**
 * Reserves the cart's total on the company's credit, or says why not
 * (nothing is then reserved). Undone by giving the reservation back.
 *
 * The module's company row lock is what keeps concurrent checkouts within
 * the limit. The Locking module's lock per company queues them before they
 * reach the database, so a burst of checkouts does not hold every pooled
 * connection waiting on that row. It is taken with `locking.execute`, which
 * queues waiters and hands the lock on at once, not with acquireLockStep,
 * which polls every 0.3 s: 50 checkouts of one company took minutes with it.
 */
export const reserveOrderCreditStep = createStep(
  "reserve-order-credit",
  async ({ customer_id: _, ...input }: ReserveOrderCreditInput, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const result = await container
      .resolve(Modules.LOCKING)
      .execute(`o2c:credit:${input.company_id}`, () => companies.tryReserveCredit(input), { timeout: 30 })
    return new StepResponse(result, result.commitment ? input.cart_id : null)
  },
  async (cartId, { container }) => {
    if (cartId) {
      await container.resolve<CompanyModuleService>(COMPANY_MODULE).releaseCommitment({ cart_id: cartId })
    }
  }
)
