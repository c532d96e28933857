import type { MedusaContainer } from "@medusajs/framework/types"
import { DUNNING_MODULE } from "../modules/dunning"
import type DunningModuleService from "../modules/dunning/service"
import { sendAllDueReminders } from "../workflows/dunning/send-all-due-reminders"

/** Every five minutes, reminders whose sending failed (or whose sender died) are tried again. */
export default async function sendDunningReminders(container: MedusaContainer) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  if (!dunning.enabled || !dunning.options.dunning.sendReminders) return
  await sendAllDueReminders(container)
}

export const config = { name: "o2c-send-dunning-reminders", schedule: "*/5 * * * *" }
