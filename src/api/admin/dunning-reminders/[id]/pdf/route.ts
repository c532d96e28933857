import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { printReminderLetter } from "../../../../../workflows/dunning/reminder-letter"

/** GET /admin/dunning-reminders/:id/pdf: the letter as sent (or to post). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { pdf, filename } = await printReminderLetter(req.scope, req.params.id)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${filename}"`)
  res.send(pdf)
}
