import { decideReminder } from "../../../../dunning/decisions"

/** POST /admin/dunning-reminders/:id/cancel: a reminder awaiting approval is not sent; the next run plans its invoices again. */
export const POST = decideReminder("cancel")
