import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSaveDunningPolicyType } from "../../dunning/validators"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"
import { saveDunningPolicyWorkflow } from "../../../workflows/dunning/save-dunning-policy"

/** GET /admin/dunning-policies: every policy with its ladder, levels in order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const policies = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listDunningPolicies({}, { relations: ["levels"], order: { created_at: "ASC" } })
  res.json({
    dunning_policies: policies.map((p) => ({
      ...p,
      levels: [...p.levels].sort((a, b) => a.level - b.level),
    })),
  })
}

/** POST /admin/dunning-policies: a new policy (the first one is the default). */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveDunningPolicyType>, res: MedusaResponse) {
  const { result } = await saveDunningPolicyWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ dunning_policy: result })
}
