import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export type StatementSentRecord = {
  company_id: string
  actor_id: string
  recipient: string
  from: string
  to: string
  currency_code: string
}

/** Puts the statement on the company's timeline; removed again when the e-mail cannot be sent. */
export const recordStatementSentStep = createStep(
  "record-statement-sent",
  async (input: StatementSentRecord, { container }) => {
    const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [event] = await companies.createCreditEvents([
      {
        company_id: input.company_id,
        type: "statement_sent",
        actor_id: input.actor_id,
        reason: null,
        to_value: {
          recipient: input.recipient,
          from: input.from,
          to: input.to,
          currency_code: input.currency_code,
        },
      },
    ])
    return new StepResponse(event, event.id)
  },
  async (eventId, { container }) => {
    if (!eventId) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteCreditEvents(eventId)
  }
)
