import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  assertCompanyCurrency,
  assertCurrencyAmount,
  paymentJson,
  runLedgerWorkflow,
  settlementRequests,
  today,
} from "../../../receivables"
import { receivePaymentWorkflow } from "../../../../workflows/receivables/payments"
import type { AdminReceivePaymentType } from "../validators"

/**
 * POST /admin/receivables/payments: records a payment received and settles
 * invoices with it, oldest first unless told otherwise. With an
 * `Idempotency-Key` header (or `idempotency_key`), sending the same request
 * again returns the payment recorded the first time; another request with
 * the same key is a 409. Nothing is written when any allocation is refused.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReceivePaymentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const company = await assertCompanyCurrency(req.scope, body.company_id, body.currency_code)
  const currency = body.currency_code ?? company.currency_code
  assertCurrencyAmount(body.amount, currency, "amount")
  const key = (req.headers["idempotency-key"] as string | undefined) ?? body.idempotency_key
  const result = await runLedgerWorkflow(receivePaymentWorkflow(req.scope), {
    company_id: company.id,
    currency_code: currency,
    amount: String(body.amount),
    received_on: body.received_on ?? today(req.scope),
    method: body.method,
    reference: body.reference ?? null,
    idempotency_key: key ? `payment:${key}` : `payment:${randomUUID()}`,
    allocations: settlementRequests(body.allocations, currency),
    allocate: body.allocate,
    write_off_tolerance:
      body.write_off_tolerance === undefined ? undefined : String(body.write_off_tolerance),
    created_by: req.auth_context.actor_id,
  })
  res.status(result.replayed ? 200 : 201).json({ payment: paymentJson(result) })
}
