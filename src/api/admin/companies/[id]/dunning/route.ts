import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DUNNING_MODULE } from "../../../../../modules/dunning"
import { DunningEvents } from "../../../../../modules/dunning/events"
import type DunningModuleService from "../../../../../modules/dunning/service"
import { companyCollections } from "../../../../../workflows/dunning/collections"
import {
  createDunningRecordWorkflow,
  updateDunningRecordWorkflow,
} from "../../../../../workflows/dunning/record-dunning-change"
import { listReminders, withAmount } from "../../../../dunning/reminders"
import type { AdminUpdateDunningAccount } from "../../../../dunning/validators"
import { assertCompanyExists } from "../../../../utils"

/**
 * GET /admin/companies/:id/dunning: the company's Dunning tab: its account
 * (policy, collector, insolvency), where it stands (next level and date),
 * and its timeline: reminders, disputes, promises, claims, notes and follow-ups.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertCompanyExists(req.scope, req.params.id)
  const dunning = req.scope.resolve<DunningModuleService>(DUNNING_MODULE)
  const company_id = req.params.id
  const newest = { order: { created_at: "DESC" as const }, take: 100 }
  const [collections, { reminders }, disputes, promises, activities] = await Promise.all([
    companyCollections(req.scope, company_id),
    listReminders(req.scope, { company_id }, { limit: 50, offset: 0 }),
    dunning.listDisputes({ company_id }, newest),
    dunning.listPaymentPromises({ company_id }, newest),
    dunning.listCollectionActivities({ company_id }, newest),
  ])
  res.json({
    ...collections,
    reminders,
    disputes: disputes.map(withAmount),
    promises: promises.map(withAmount),
    activities,
  })
}

/** POST /admin/companies/:id/dunning: its policy (null: the default), collector, insolvency, pause. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminUpdateDunningAccount>>,
  res: MedusaResponse
) {
  await assertCompanyExists(req.scope, req.params.id)
  const dunning = req.scope.resolve<DunningModuleService>(DUNNING_MODULE)
  if (req.validatedBody.policy_id) await dunning.retrieveDunningPolicy(req.validatedBody.policy_id)
  const [account] = await dunning.listDunningAccounts({ company_id: req.params.id })
  const change = {
    record: "account" as const,
    data: { ...req.validatedBody, company_id: req.params.id },
    event: DunningEvents.ACCOUNT_UPDATED,
    actor_id: req.auth_context.actor_id,
  }
  const { result } = account
    ? await updateDunningRecordWorkflow(req.scope).run({ input: { ...change, id: account.id } })
    : await createDunningRecordWorkflow(req.scope).run({ input: change })
  res.json({ dunning_account: result })
}
