import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STATEMENT_SENT, type StatementSentPayload } from "../../modules/receivables/events"
import { notifyStatementStep } from "./steps/notify-statement"
import { recordStatementSentStep } from "./steps/record-statement-sent"
import { renderStatementStep, type StatementCompany, type StatementPeriod } from "./steps/render-statement"

export type SendStatementInput = StatementPeriod & {
  company: StatementCompany
  recipient: string
  actor_id: string
}

export const sendStatementWorkflowId = "send-statement"

/**
 * E-mails a company its statement of account for a period, the PDF
 * attached, and puts it on the company's timeline. The timeline entry is
 * written first and removed if the e-mail cannot be sent, so the timeline
 * never shows a statement nobody received.
 */
export const sendStatementWorkflow = createWorkflow(sendStatementWorkflowId, (input: SendStatementInput) => {
  const rendered = renderStatementStep(input)
  recordStatementSentStep(
    transform({ input }, ({ input }) => ({
      company_id: input.company.id,
      actor_id: input.actor_id,
      recipient: input.recipient,
      from: input.from,
      to: input.to,
      currency_code: input.currency_code,
    }))
  )
  const sent = notifyStatementStep(
    transform({ input, rendered }, ({ input, rendered }) => ({
      recipient: input.recipient,
      company: { id: input.company.id, name: input.company.name },
      currency_code: input.currency_code,
      from: input.from,
      to: input.to,
      closing_balance: rendered.closing_balance,
      attachment: { filename: rendered.filename, content: rendered.content, bytes: rendered.bytes },
    }))
  )
  const payload = transform(
    { input, sent, rendered },
    ({ input, sent, rendered }): StatementSentPayload => ({
      company_id: input.company.id,
      recipient: input.recipient,
      from: input.from,
      to: input.to,
      currency_code: input.currency_code,
      closing_balance: rendered.closing_balance,
      notification_id: sent.notification_id,
    })
  )
  emitEventStep({ eventName: STATEMENT_SENT, data: payload })
  return new WorkflowResponse(
    transform({ payload, rendered }, ({ payload, rendered }) => ({
      ...payload,
      attachment: { filename: rendered.filename, bytes: rendered.bytes },
    }))
  )
})
