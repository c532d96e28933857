import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATEMENT_SENT } from "../../../modules/receivables/events"

export const STATEMENT_EMAIL_TEMPLATE = "o2c-statement"

/**
 * E-mails a statement through the Notification module, the PDF attached, as
 * invoices are sent. The notification's data names the attachment: the
 * module keeps no copy of the file, and this is what a person (or a test)
 * can check afterwards. The workflow's last write, and an e-mail cannot be
 * recalled: nothing to compensate.
 */
export const notifyStatementStep = createStep(
  "notify-statement",
  async (
    input: {
      recipient: string
      company: { id: string; name: string }
      currency_code: string
      from: string
      to: string
      closing_balance: string
      attachment: { filename: string; content: string; bytes: number }
    },
    { container }
  ) => {
    const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
      {
        to: input.recipient,
        channel: "email",
        template: STATEMENT_EMAIL_TEMPLATE,
        trigger_type: STATEMENT_SENT,
        resource_id: input.company.id,
        resource_type: "company",
        data: {
          company: input.company.name,
          currency_code: input.currency_code,
          from: input.from,
          to: input.to,
          closing_balance: input.closing_balance,
          attachments: [
            {
              filename: input.attachment.filename,
              content_type: "application/pdf",
              bytes: input.attachment.bytes,
            },
          ],
        },
        attachments: [
          {
            filename: input.attachment.filename,
            content: input.attachment.content,
            content_type: "application/pdf",
            disposition: "attachment",
          },
        ],
      },
    ])
    return new StepResponse({ notification_id: notification.id })
  }
)
