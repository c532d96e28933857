import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { moneyString } from "../../../lib/money"
import { DUNNING_MODULE } from "../../../modules/dunning"
import { DunningEvents, type DunningReminderSentPayload } from "../../../modules/dunning/events"
import type DunningModuleService from "../../../modules/dunning/service"
import { printReminderLetter } from "../reminder-letter"

export const DUNNING_EMAIL_TEMPLATE = "o2c-dunning-reminder"

/** Minutes before the next attempt after `attempts` failed ones: 1, 4, 9, 16... */
const retryDelayMinutes = (attempts: number) => attempts * attempts

/**
 * Sends each leased reminder: prints its letter, e-mails it (PDF attached)
 * when its level says e-mail, and records the outcome on the reminder, one
 * reminder at a time. A letter-only reminder is done once printable: it is
 * posted by a person from the worklist. A failure is kept on the reminder
 * with the next attempt's time, until the attempts run out. Each outcome is
 * its own write and an e-mail cannot be recalled: nothing to compensate.
 */
export const deliverRemindersStep = createStep(
  "deliver-reminders",
  async (reminderIds: string[], { container }) => {
    const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const sent: string[] = []
    for (const id of reminderIds) {
      try {
        const { reminder, items, pdf, filename } = await printReminderLetter(container, id)
        const channels = reminder.channels as unknown as string[]
        if (channels.includes("email")) {
          if (!reminder.recipient) throw new Error("The company has no billing e-mail address")
          await container.resolve(Modules.NOTIFICATION).createNotifications([
            {
              to: reminder.recipient,
              channel: "email",
              template: DUNNING_EMAIL_TEMPLATE,
              trigger_type: DunningEvents.REMINDER_SENT,
              resource_id: reminder.id,
              resource_type: "dunning_reminder",
              content: { subject: reminder.subject, text: reminder.body },
              data: {
                subject: reminder.subject,
                level: reminder.level,
                language: reminder.language,
                attachments: [{ filename, content_type: "application/pdf", bytes: pdf.length }],
              },
              attachments: [
                {
                  filename,
                  content: pdf.toString("base64"),
                  content_type: "application/pdf",
                  disposition: "attachment",
                },
              ],
            },
          ])
        }
        await dunning.updateDunningReminders({
          id,
          status: "sent",
          sent_at: new Date(),
          next_attempt_at: null,
          last_error: null,
        })
        const data: DunningReminderSentPayload = {
          id,
          company_id: reminder.company_id,
          level: reminder.level,
          channels,
          recipient: channels.includes("email") ? reminder.recipient : null,
          invoice_ids: items.map((i) => i.invoice_id),
          total_open: moneyString(reminder.raw_total_open as unknown as string, reminder.currency_code),
          currency_code: reminder.currency_code,
        }
        await eventBus.emit({ name: DunningEvents.REMINDER_SENT, data })
        sent.push(id)
      } catch (error) {
        const [reminder] = await dunning.listDunningReminders({ id }, { select: ["id", "attempts"] })
        const attempts = reminder?.attempts ?? 1
        const giveUp = attempts >= dunning.options.dunning.maxSendAttempts
        await dunning.updateDunningReminders({
          id,
          status: "failed",
          last_error: (error as Error).message,
          next_attempt_at: giveUp ? null : new Date(Date.now() + retryDelayMinutes(attempts) * 60_000),
        })
      }
    }
    return new StepResponse({ leased: reminderIds.length, sent: sent.length })
  }
)
