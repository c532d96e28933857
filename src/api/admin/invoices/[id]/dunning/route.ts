import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DUNNING_MODULE } from "../../../../../modules/dunning"
import type DunningModuleService from "../../../../../modules/dunning/service"
import { withAmount } from "../../../../dunning/reminders"

/**
 * GET /admin/invoices/:id/dunning: where an invoice stands in dunning: the
 * highest level it was reminded at, each reminder it was in, and its disputes.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dunning = req.scope.resolve<DunningModuleService>(DUNNING_MODULE)
  const invoiceId = req.params.id
  const [items, disputes, claims] = await Promise.all([
    dunning.listDunningItems({ invoice_id: invoiceId }, { order: { level: "ASC" }, take: null }),
    dunning.listDisputes({ invoice_id: invoiceId }, { order: { created_at: "DESC" }, take: null }),
    dunning.listDunningClaims(
      { invoice_id: invoiceId, status: ["claimed", "debited", "waived"] },
      { take: null }
    ),
  ])
  const reminders = items.length
    ? await dunning.listDunningReminders(
        { id: items.map((i) => i.reminder_id) },
        { select: ["id", "level", "level_name", "as_of", "status", "sent_at"], take: null }
      )
    : []
  res.json({
    invoice_id: invoiceId,
    level: items.length ? Math.max(...items.map((i) => i.level)) : 0,
    reminders: items.map((i) => ({
      ...reminders.find((r) => r.id === i.reminder_id),
      // The invoice's own level in that reminder (a grouped reminder may be at a higher one).
      level: i.level,
      days_late: i.days_late,
    })),
    disputes: disputes.map(withAmount),
    claims: claims.map(withAmount),
  })
}
