import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSaveDunningPolicyType } from "../../../dunning/validators"
import { DUNNING_MODULE } from "../../../../modules/dunning"
import type DunningModuleService from "../../../../modules/dunning/service"
import { saveDunningPolicyWorkflow } from "../../../../workflows/dunning/save-dunning-policy"

/** GET /admin/dunning-policies/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const policy = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .retrieveDunningPolicy(req.params.id, { relations: ["levels"] })
  res.json({ dunning_policy: { ...policy, levels: [...policy.levels].sort((a, b) => a.level - b.level) } })
}

/** POST /admin/dunning-policies/:id: replaces its settings and whole ladder. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveDunningPolicyType>, res: MedusaResponse) {
  await req.scope.resolve<DunningModuleService>(DUNNING_MODULE).retrieveDunningPolicy(req.params.id)
  const { result } = await saveDunningPolicyWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ dunning_policy: result })
}
