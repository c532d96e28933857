import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { PAYMENT_TERM_MODULE } from "../../../../modules/payment-term"
import type PaymentTermModuleService from "../../../../modules/payment-term/service"
import { assertTermAllowed } from "../helpers"
import { conflictError } from "../../../utils"

async function retrieve(req: AuthenticatedMedusaRequest<any>) {
  const [term] = await req.scope
    .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
    .listPaymentTerms({ id: req.params.id })
  if (!term) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment term ${req.params.id} was not found`)
  }
  return term
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payment_term: await retrieve(req) })
}

/** Editing a template changes future orders only: placed orders keep their snapshot. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  await retrieve(req)
  await assertTermAllowed(req.scope, { ...req.validatedBody, id: req.params.id })
  const updated = await req.scope
    .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
    .updatePaymentTerms({ id: req.params.id, ...req.validatedBody })
  res.json({ payment_term: updated })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const term = await retrieve(req)
  const [users, count] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listAndCountCompanies({ payment_term_id: term.id }, { take: 3, select: ["name"] })
  if (count > 0) {
    throw conflictError(`Payment term "${term.name}" is used by ${count} compan${count === 1 ? "y" : "ies"} (${users.map((c) => c.name).join(", ")}${count > 3 ? ", ..." : ""})`
    )
  }
  await req.scope.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE).deletePaymentTerms(term.id)
  res.json({ id: term.id, object: "payment_term", deleted: true })
}
