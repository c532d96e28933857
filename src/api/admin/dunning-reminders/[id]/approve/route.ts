import { decideReminder } from "../../../../dunning/decisions"

/** POST /admin/dunning-reminders/:id/approve: a reminder awaiting approval is sent. */
export const POST = decideReminder("approve")
