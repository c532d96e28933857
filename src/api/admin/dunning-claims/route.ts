import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"
import { companyNames, withAmount } from "../../dunning/reminders"
import type { AdminListClaims } from "../../dunning/validators"

/** GET /admin/dunning-claims?company_id=&status=&limit=&offset=: fees and interest claimed by reminders, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { company_id, status, limit, offset } = req.validatedQuery as z.infer<typeof AdminListClaims>
  const [claims, count] = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listAndCountDunningClaims(
      { ...(company_id ? { company_id } : {}), status: status ?? ["claimed", "debited", "waived"] },
      { order: { created_at: "DESC" }, take: limit, skip: offset }
    )
  const names = await companyNames(req.scope, claims)
  res.json({
    dunning_claims: claims.map((c) => ({ ...withAmount(c), company_name: names.get(c.company_id) ?? null })),
    count,
    limit,
    offset,
  })
}
