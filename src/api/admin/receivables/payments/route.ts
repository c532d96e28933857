import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { num } from "../../../../lib/money"
import { receivePaymentWorkflow } from "../../../../workflows/receivables/payments"
import {
  assertCompanyCurrency,
  assertCurrencyAmount,
  paymentJson,
  receivablesOf,
  settlementRequests,
} from "../helpers"
import type { AdminListPaymentsType, AdminReceivePaymentType } from "../validators"

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
  const receivedOn = receivablesOf(req.scope).bookingDate(body.received_on, "received_on")
  const key = (req.headers["idempotency-key"] as string | undefined) ?? body.idempotency_key
  const result = (
    await receivePaymentWorkflow(req.scope).run({
      input: {
        company_id: company.id,
        currency_code: currency,
        amount: String(body.amount),
        received_on: receivedOn,
        method: body.method,
        reference: body.reference ?? null,
        idempotency_key: key ? `payment:${key}` : `payment:${randomUUID()}`,
        allocations: settlementRequests(body.allocations, currency),
        allocate: body.allocate,
        write_off_tolerance:
          body.write_off_tolerance === undefined ? undefined : String(body.write_off_tolerance),
        created_by: req.auth_context.actor_id,
      },
    })
  ).result
  res.status(result.replayed ? 200 : 201).json({ payment: paymentJson(result) })
}

/**
 * GET /admin/receivables/payments?company_id=&from=&to=&currency_code=&unapplied_only=&order=&limit=&offset=:
 * payments across companies, newest first, each with its company, what it
 * settled and what is left of it to allocate; totals per currency of every
 * payment that matches (a reversed payment counts in the list, not in the
 * amounts).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as AdminListPaymentsType
  const { payments, count, totals } = await receivablesOf(req.scope).listPayments(query)
  const companyIds = [...new Set(payments.map((p) => p.company_id))]
  const companies = companyIds.length
    ? await req.scope
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .listCompanies({ id: companyIds }, { select: ["id", "name"], withDeleted: true })
    : []
  const names = new Map(companies.map((c) => [c.id, c.name]))
  res.json({
    payments: payments.map((p) => ({
      id: p.id,
      company_id: p.company_id,
      company: { id: p.company_id, name: names.get(p.company_id) ?? null },
      currency_code: p.currency_code,
      received_on: p.received_on,
      amount: num(p.amount),
      method: p.metadata?.method ?? null,
      reference: p.metadata?.reference ?? null,
      source: p.source,
      allocated: num(p.allocated),
      unapplied: num(p.unapplied),
      reversed_by: p.reversed_by,
      created_by: p.created_by,
      created_at: p.created_at,
    })),
    count,
    offset: query.offset,
    limit: query.limit,
    totals: totals.map((t) => ({
      currency_code: t.currency_code,
      count: Number(t.count),
      amount: num(t.amount),
      allocated: num(t.allocated),
      unapplied: num(t.unapplied),
    })),
  })
}
