import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { RECEIVABLES_MODULE } from "../../../modules/receivables"
import type ReceivablesModuleService from "../../../modules/receivables/service"
import { ON_ACCOUNT_PROVIDER_ID } from "../../../providers/on-account"

export type InvoiceCapture = { payment_id: string; amount: string; captured_by: string }

type OrderPayment = {
  id: string
  amount: number
  provider_id: string
  canceled_at: string | null
  captures?: Array<{ amount: number; created_by: string | null }>
}

/** The order of an invoice (not a credit note), or null: what its capture is locked on. */
export const paidInvoiceOrderStep = createStep(
  "paid-invoice-order",
  async (input: { invoice_id: string }, { container }) => {
    const [invoice] = await container
      .resolve<InvoicingModuleService>(INVOICING_MODULE)
      .listInvoices({ id: input.invoice_id, kind: "invoice" }, { select: ["id", "order_id"] })
    return new StepResponse({ order_id: invoice?.order_id ?? null })
  }
)

/**
 * What to capture of the order's on-account payment for a paid invoice:
 * what the invoice asked less what credit notes took back, never more than
 * is left to capture, and once per invoice (even if it is paid again after a
 * reversal, or the event comes twice). Null when there is nothing to
 * capture. Reads only.
 */
export const planInvoiceCaptureStep = createStep(
  "plan-invoice-capture",
  async (input: { invoice_id: string; order_id: string | null }, { container }) => {
    const none = new StepResponse<InvoiceCapture | null>(null)
    if (!input.order_id) return none
    const [invoice] = await container
      .resolve<InvoicingModuleService>(INVOICING_MODULE)
      .listInvoices({ id: input.invoice_id }, { select: ["id", "number"] })
    // A late redelivery may find the invoice gone (a test database reset between cases).
    if (!invoice) return none
    const balance = (
      await container.resolve<ReceivablesModuleService>(RECEIVABLES_MODULE).documentBalances([invoice.id])
    ).get(invoice.id)
    if (!balance) return none
    const owed = MathBN.sub(balance.amount, balance.settled_by.credit_note ?? 0)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "payment_collections.payments.id",
        "payment_collections.payments.amount",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.captures.created_by",
      ],
      filters: { id: input.order_id },
    })
    const payment = ((data[0]?.payment_collections ?? []) as Array<{ payments?: OrderPayment[] } | null>)
      .flatMap((c) => c?.payments ?? [])
      .find((p) => p?.provider_id === ON_ACCOUNT_PROVIDER_ID && !p.canceled_at)
    const capturedBy = `invoice:${invoice.number}`
    if (!payment || payment.captures?.some((c) => c?.created_by === capturedBy)) return none
    const captured = MathBN.add(0, ...(payment.captures ?? []).map((c) => c.amount))
    const amount = MathBN.min(owed, MathBN.sub(payment.amount, captured))
    if (!MathBN.gt(amount, 0)) return none
    return new StepResponse<InvoiceCapture | null>({
      payment_id: payment.id,
      amount: amount.toFixed(),
      captured_by: capturedBy,
    })
  }
)
