import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { O2C_MODULE } from "../../../modules/o2c"
import type O2cModuleService from "../../../modules/o2c/service"
import { type Instalment, legalTermViolation } from "../../../modules/payment-term/due-schedule"
import { PAYMENT_TERM_MODULE } from "../../../modules/payment-term"
import type PaymentTermModuleService from "../../../modules/payment-term/service"
import { conflictError } from "../../utils"

/** 400 past the legal maximum term, 409 on a code another term already uses. */
export async function assertTermAllowed(
  scope: MedusaContainer,
  term: { id?: string; code?: string; instalments?: Instalment[] }
) {
  if (term.instalments) {
    const { maxPaymentTermDays } = scope.resolve<O2cModuleService>(O2C_MODULE).options
    const violation = legalTermViolation(term.instalments, maxPaymentTermDays)
    if (violation) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, violation)
    }
  }
  if (term.code) {
    const [clash] = await scope.resolve<PaymentTermModuleService>(PAYMENT_TERM_MODULE).listPaymentTerms({ code: term.code })
    if (clash && clash.id !== term.id) {
      throw conflictError(`A payment term with code "${term.code}" already exists`)
    }
  }
}
