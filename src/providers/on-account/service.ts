import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"

async function keepSessionData<Input extends { data?: Record<string, unknown> }>(input: Input) {
  return { data: input.data }
}

/**
 * "Pay on account": the buyer's company is invoiced and pays later, under
 * its payment terms. No money moves at checkout. The credit check runs in
 * the cart completion (src/workflows/hooks/complete-cart.ts), which reserves
 * the company's credit and records it on the payment session before Medusa
 * authorizes it; authorization succeeds only with that reservation. Capture
 * happens when the invoice is paid.
 */
export default class OnAccountPaymentProvider extends AbstractPaymentProvider {
  static identifier = "on-account"

  // The base constructor is protected; Medusa instantiates providers itself.
  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (!input.context?.customer?.id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Pay on account is only available to logged-in buyers."
      )
    }
    const sessionId = (input.data?.session_id as string) ?? input.context.idempotency_key
    return {
      id: sessionId,
      data: { customer_id: input.context.customer.id },
      status: PaymentSessionStatus.PENDING,
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (!input.data?.credit_commitment_id) {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "Pay on account is authorized only by the credit check at checkout."
      )
    }
    return { data: input.data, status: PaymentSessionStatus.AUTHORIZED }
  }

  // No money moves on account: these steps only carry the session's data along.
  capturePayment = keepSessionData
  cancelPayment = keepSessionData
  deletePayment = keepSessionData
  refundPayment = keepSessionData
  retrievePayment = keepSessionData
  updatePayment = keepSessionData

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return {
      status: input.data?.credit_commitment_id
        ? PaymentSessionStatus.AUTHORIZED
        : PaymentSessionStatus.PENDING,
      data: input.data,
    }
  }

  async getWebhookActionAndData(_: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
