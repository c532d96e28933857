import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { assertCompanyExists } from "../../../../utils"
import { actorDisplays } from "../../actors"

/**
 * GET /admin/companies/:id/credit-history: the company's timeline (limit,
 * term and status changes, holds, releases, overrides, statements sent),
 * newest first, each with who did it as a person reads it (`actor_display`:
 * the user's name or e-mail; null when the actor is not a user).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertCompanyExists(req.scope, req.params.id)
  const { offset = 0, limit = 50 } = req.validatedQuery as { offset?: number; limit?: number }
  const [events, count] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listAndCountCreditEvents(
      { company_id: req.params.id },
      { skip: offset, take: limit, order: { created_at: "DESC" } }
    )
  const displays = await actorDisplays(
    req.scope,
    events.map((e) => e.actor_id)
  )
  res.json({
    credit_events: events.map((e) => ({
      ...e,
      actor_display: (e.actor_id && displays.get(e.actor_id)) || null,
    })),
    count,
    offset,
    limit,
  })
}
