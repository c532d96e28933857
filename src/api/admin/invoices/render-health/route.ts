import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../modules/invoicing/service"

/**
 * GET /admin/invoices/render-health: whether documents are failing to
 * render (the browser missing, the file store down), how many, since which
 * issue date, and the latest cause: what the invoices page's banner says.
 * Buyers receive none of them until they render.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const failing = { status: { $ne: "draft" }, render_status: "failed" as const }
  const [[latest], count] = await invoicing.listAndCountInvoices(failing, {
    select: ["id", "number", "render_error", "updated_at"],
    take: 1,
    order: { updated_at: "DESC" },
  })
  const [[oldest], [, exhaustedCount]] = await Promise.all([
    invoicing.listInvoices(failing, { select: ["issue_date"], take: 1, order: { issue_date: "ASC" } }),
    invoicing.listAndCountInvoices(
      { ...failing, render_attempts: { $gte: invoicing.options.invoicing.maxRenderAttempts } },
      { select: ["id"], take: 1 }
    ),
  ])
  res.json({
    render_health: {
      failing: count,
      // Past the automatic attempts: they wait for someone to retry them.
      retries_exhausted: exhaustedCount,
      oldest_issue_date: oldest?.issue_date ?? null,
      last_error: latest?.render_error ?? null,
      last_failed_at: latest?.updated_at ?? null,
      last_failed_number: latest?.number ?? null,
    },
  })
}
