import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYMENT_TERM_MODULE } from "../../../../modules/payment-term"
import type PaymentTermModuleService from "../../../../modules/payment-term/service"
import { deletePaymentTermWorkflow } from "../../../../workflows/payment-term/delete-payment-term"
import { updatePaymentTermWorkflow } from "../../../../workflows/payment-term/update-payment-term"
import { assertTermAllowed, assertUnused, paymentTermUsage } from "../helpers"
import type { AdminUpdatePaymentTermType } from "../validators"

async function retrieve(req: AuthenticatedMedusaRequest<any>) {
  const [term] = await req.scope
    .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
    .listPaymentTerms({ id: req.params.id })
  if (!term) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment term ${req.params.id} was not found`)
  }
  return term
}

/** The term and who uses it, so the admin knows before editing or deleting it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const term = await retrieve(req)
  res.json({ payment_term: term, usage: await paymentTermUsage(req.scope, term.id) })
}

/**
 * Edits in place; new instalments make a new version. Orders already placed
 * keep their snapshot of the version they were placed under and issued
 * invoices their stored due dates, so no past document changes.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePaymentTermType>, res: MedusaResponse) {
  await retrieve(req)
  await assertTermAllowed(req.scope, { ...req.validatedBody, id: req.params.id })
  const { result } = await updatePaymentTermWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ payment_term: result })
}

/** 409 naming how many companies and invoices use the term; deleted otherwise. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const term = await retrieve(req)
  assertUnused(term, await paymentTermUsage(req.scope, term.id))
  await deletePaymentTermWorkflow(req.scope).run({ input: { id: term.id, code: term.code } })
  res.json({ id: term.id, object: "payment_term", deleted: true })
}
