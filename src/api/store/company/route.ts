import type { MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { exactAmount } from "../../../lib/money"
import { availableCreditForBuyer, holdMessageForBuyer } from "../../../modules/company/credit"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import { paymentTermSnapshot } from "../../../modules/payment-term/due-schedule"
import type PaymentTermModuleService from "../../../modules/payment-term/service"
import { withCreditFigures } from "../../utils"
import type { StoreBuyerRequest } from "../buyer-context"

/**
 * GET /store/company: the logged-in buyer's company, role, terms, limit, document language,
 * exposure and what they may still buy on account (nothing while on hold or
 * closed). A hold shows its message for the buyer, never its internal note.
 */
export async function GET(req: StoreBuyerRequest, res: MedusaResponse) {
  const { company, role } = req.buyer
  const [term] = company.payment_term_id
    ? await req.scope
        .resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE)
        .listPaymentTerms({ id: company.payment_term_id })
    : []
  const figures = withCreditFigures(company as any)
  const available = availableCreditForBuyer({
    ...company,
    credit_limit: company.credit_limit === null ? null : exactAmount(company, "credit_limit"),
    uninvoiced_exposure: exactAmount(company, "uninvoiced_exposure"),
    receivables_exposure: exactAmount(company, "receivables_exposure"),
  })
  const onHold = company.status === "on_hold"
  res.json({
    company: {
      id: company.id,
      name: company.name,
      legal_name: company.legal_name,
      vat_number: company.vat_number,
      registration_id: company.registration_id,
      billing_email: company.billing_email,
      billing_address: company.billing_address,
      currency_code: company.currency_code,
      // The language of the company's documents; null: the store's default.
      language: company.language ?? null,
      status: company.status,
      credit_limit: figures.credit_limit,
      exposure: figures.exposure,
      available_credit: available === null ? null : MathBN.convert(available).toNumber(),
      on_hold: onHold,
      hold_message: onHold ? holdMessageForBuyer(company) : null,
      payment_term: term ? paymentTermSnapshot(term) : null,
      role,
    },
  })
}
