import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideDunningClaimWorkflow } from "../../workflows/dunning/decide-dunning-claim"
import { decideDunningReminderWorkflow } from "../../workflows/dunning/decide-dunning-reminder"

/** The handler of POST /admin/dunning-reminders/:id/{approve,cancel} (409 unless awaiting approval). */
export const decideReminder =
  (decision: "approve" | "cancel") => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const { result } = await decideDunningReminderWorkflow(req.scope).run({
      input: { id: req.params.id, decision, actor_id: req.auth_context.actor_id },
    })
    res.json({ dunning_reminder: result })
  }

/** The handler of POST /admin/dunning-claims/:id/{debit,waive} (409 once decided or superseded). */
export const decideClaim =
  (decision: "debit" | "waive") =>
  async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
    const { result } = await decideDunningClaimWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        decision,
        reason: req.validatedBody?.reason,
        actor_id: req.auth_context.actor_id,
      },
    })
    res.json({ dunning_claim: result })
  }
