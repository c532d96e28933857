import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import { paymentTermSnapshot } from "../../../modules/payment-term/due-schedule"
import type PaymentTermModuleService from "../../../modules/payment-term/service"

/**
 * Finds the credit reservation of the order's cart and turns it into an open
 * commitment carrying a snapshot of the company's payment term. Returns the
 * company id to link the order to, or null for an order not placed on account.
 */
export const confirmOnAccountOrderStep = createStep(
  "confirm-on-account-order",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "cart.id"],
      filters: { id: order_id },
    })
    const cartId = (data[0] as { cart?: { id: string } } | undefined)?.cart?.id
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [commitment] = cartId ? await companies.listCreditCommitments({ cart_id: cartId }) : []
    if (commitment?.status !== "reserved") {
      return new StepResponse(null, null)
    }
    const company = await companies.retrieveCompany(commitment.company_id)
    const [term] = company.payment_term_id
      ? await container
          .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
          .listPaymentTerms({ id: company.payment_term_id })
      : []
    await companies.confirmCommitment({
      cart_id: cartId!,
      order_id,
      payment_term: term ? paymentTermSnapshot(term) : null,
    })
    return new StepResponse({ company_id: company.id }, commitment.id)
  },
  async (commitmentId, { container }) => {
    if (!commitmentId) return
    await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .updateCreditCommitments({ id: commitmentId, status: "reserved", order_id: null, payment_term: null })
  }
)
