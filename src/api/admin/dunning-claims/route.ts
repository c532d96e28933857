import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"
import { withAmount } from "../../dunning/reminders"

/** GET /admin/dunning-claims?company_id=&status=: fees and interest claimed by reminders, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { company_id, status } = req.query as { company_id?: string; status?: string }
  const claims = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listDunningClaims(
      {
        ...(company_id ? { company_id } : {}),
        ...(status ? { status } : { status: ["claimed", "debited", "waived"] }),
      },
      { order: { created_at: "DESC" }, take: 200 }
    )
  res.json({ dunning_claims: claims.map(withAmount) })
}
