import type { MedusaContainer } from "@medusajs/framework/types"
import { sendDueRemindersWorkflow } from "./send-due-reminders"

// Reminders leased and sent per workflow run: a lease is ten minutes, and a batch this size sends well within it.
const BATCH = 25

/** Sends reminders due until none is left (what the subscriber and the job run). */
export async function sendAllDueReminders(container: MedusaContainer) {
  for (;;) {
    const { result } = await sendDueRemindersWorkflow(container).run({ input: { limit: BATCH } })
    if (result.leased < BATCH) return
  }
}
