import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyEvents, type CompanyCreatedPayload } from "../../modules/company/events"
import { assertPaymentTermExistsStep } from "./steps/assert-payment-term"
import { type CreateCompanyInput, createCompanyStep } from "./steps/create-company"

export const createCompanyWorkflowId = "create-company"

/**
 * Creates a company; an initial credit limit or payment term enters its
 * credit history. Hooks: `validate` (before anything is written, with the
 * input) and `companyCreated` (with the company). Emits `company.created`.
 */
export const createCompanyWorkflow = createWorkflow(createCompanyWorkflowId, (input: CreateCompanyInput) => {
  const validate = createHook("validate", { input })
  assertPaymentTermExistsStep({ payment_term_id: input.data.payment_term_id })
  const company = createCompanyStep(input)
  const companyCreated = createHook("companyCreated", { company })
  emitEventStep({
    eventName: CompanyEvents.CREATED,
    data: transform(
      { company, input },
      ({ company, input }): CompanyCreatedPayload => ({
        id: company.id,
        name: company.name,
        currency_code: company.currency_code,
        credit_limit:
          input.data.credit_limit === null || input.data.credit_limit === undefined
            ? null
            : String(input.data.credit_limit),
        payment_term_id: company.payment_term_id,
        actor_id: input.actor_id,
      })
    ),
  })
  return new WorkflowResponse(company, { hooks: [validate, companyCreated] })
})
