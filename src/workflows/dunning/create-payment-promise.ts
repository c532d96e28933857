import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { formatMoney, modelAmount, moneyString } from "../../lib/money"
import { type CalendarDate, calendarDateInZone } from "../../lib/time"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DUNNING_MODULE } from "../../modules/dunning"
import { DunningEvents, type PromisePayload } from "../../modules/dunning/events"
import type DunningModuleService from "../../modules/dunning/service"
import { RECEIVABLES_MODULE } from "../../modules/receivables"
import type ReceivablesModuleService from "../../modules/receivables/service"
import { emitEventsStep } from "../common/emit-events"
import { createDunningRecordStep } from "./steps/dunning-records"
import { invoiceStanding } from "./invoice-standing"

export const createPaymentPromiseWorkflowId = "create-payment-promise"

export type CreatePaymentPromiseInput = {
  company_id: string
  amount: string
  promised_date: CalendarDate
  /** Its invoices; none: the company's oldest open amounts in its currency. */
  invoice_ids?: string[]
  note?: string | null
  created_by_type: "buyer" | "admin"
  created_by: string
}

/**
 * The promise as it will be recorded, refused with a sentence when its date
 * is past or its amount above what is open on its invoices (or on the
 * company's account in its currency); its grace days are its company's
 * policy's at the time.
 */
const checkPromiseStep = createStep(
  "check-payment-promise",
  async (input: CreatePaymentPromiseInput, { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const today = calendarDateInZone(new Date(), dunning.options.timeZone)
    if (input.promised_date < today) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A promise to pay is for today (${today}) or a later day, not ${input.promised_date}`
      )
    }
    const [company] = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listCompanies({ id: input.company_id }, { select: ["id", "currency_code"] })
    if (!company)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no company ${input.company_id}`)
    const { open, currency_code } = await promisable(container, input, company.currency_code)
    if (MathBN.lte(input.amount, 0) || MathBN.gt(input.amount, open)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A promise to pay can be for at most ${formatMoney(open, currency_code)} (what is open${input.invoice_ids?.length ? " on its invoices" : ""}), not ${formatMoney(input.amount, currency_code)}`
      )
    }
    const [account] = await dunning.listDunningAccounts({ company_id: input.company_id })
    const { default_policy_id } = await dunning.ladders()
    const policyId = account?.policy_id ?? default_policy_id
    const [policy] = policyId ? await dunning.listDunningPolicies({ id: policyId }) : []
    return new StepResponse({
      company_id: input.company_id,
      currency_code,
      amount: modelAmount(moneyString(input.amount, currency_code)),
      promised_date: input.promised_date,
      grace_days: policy?.promise_grace_days ?? 3,
      invoice_ids: input.invoice_ids ?? [],
      note: input.note ?? null,
      created_by_type: input.created_by_type,
      created_by: input.created_by,
    })
  }
)

/** What a promise may cover: the open amount of its invoices, else of the company's account. */
async function promisable(
  container: MedusaContainer,
  input: CreatePaymentPromiseInput,
  companyCurrency: string
) {
  if (input.invoice_ids?.length) {
    const standings = await Promise.all(
      input.invoice_ids.map((invoice_id) =>
        invoiceStanding(container, { invoice_id, company_id: input.company_id })
      )
    )
    const currencies = new Set(standings.map((s) => s.invoice.currency_code))
    if (currencies.size > 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A promise to pay covers invoices of one currency"
      )
    }
    return {
      currency_code: standings[0].invoice.currency_code,
      open: MathBN.sum(0, ...standings.map((s) => s.open as BigNumberInput)).toFixed(),
    }
  }
  const balance = await container
    .resolve<ReceivablesModuleService>(RECEIVABLES_MODULE)
    .balance(input.company_id, companyCurrency)
  return { currency_code: companyCurrency, open: MathBN.max(0, balance as BigNumberInput).toFixed() }
}

/**
 * A buyer or the controller records a promise to pay: the promised amount
 * is not chased until its date plus grace; kept when the cash comes,
 * broken when it does not. Emits `promise.created`.
 */
export const createPaymentPromiseWorkflow = createWorkflow(
  createPaymentPromiseWorkflowId,
  (input: CreatePaymentPromiseInput) => {
    const data = checkPromiseStep(input)
    const promise = createDunningRecordStep(
      transform({ data }, ({ data }) => ({ record: "promise" as const, data }))
    )
    const events = transform({ promise }, ({ promise }) => [
      { name: DunningEvents.PROMISE_CREATED, data: promisePayload(promise) },
    ])
    emitEventsStep(events).config({ name: "emit-promise-created" })
    return new WorkflowResponse(promise)
  }
)

export const promisePayload = (promise: Record<string, any>): PromisePayload => ({
  id: promise.id,
  company_id: promise.company_id,
  amount: moneyString(promise.raw_amount ?? promise.amount, promise.currency_code),
  currency_code: promise.currency_code,
  promised_date: promise.promised_date,
})
