import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DUNNING_MODULE } from "../modules/dunning"
import { DunningEvents } from "../modules/dunning/events"
import type DunningModuleService from "../modules/dunning/service"
import { featureEnabled } from "../modules/o2c/feature-gate"
import { sendAllDueReminders } from "../workflows/dunning/send-all-due-reminders"

/** A run's reminders, or one just approved, go out at once (unless the merchant keeps them queued). */
export default async function sendDunningReminders({ container }: SubscriberArgs<{ id: string }>) {
  if (!featureEnabled(container, "dunning")) return
  if (!container.resolve<DunningModuleService>(DUNNING_MODULE).options.dunning.sendReminders) return
  await sendAllDueReminders(container)
}

export const config: SubscriberConfig = {
  event: [DunningEvents.RUN_COMPLETED, DunningEvents.REMINDER_APPROVED],
}
