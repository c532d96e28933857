import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { DUNNING_MODULE } from "../../../modules/dunning"
import { DunningEvents } from "../../../modules/dunning/events"
import type DunningModuleService from "../../../modules/dunning/service"
import {
  createDunningRecordWorkflow,
  updateDunningRecordWorkflow,
} from "../../../workflows/dunning/record-dunning-change"
import type { AdminSaveInterestRate } from "../../dunning/validators"

/** GET /admin/dunning-rates: the late-payment rates per half-year, latest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rates = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listLateInterestRates({}, { order: { starts_on: "DESC" }, take: null })
  res.json({ rates })
}

/** POST /admin/dunning-rates: a half-year's published rates (replaces that half-year's, if any). */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof AdminSaveInterestRate>>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  const [existing] = await req.scope
    .resolve<DunningModuleService>(DUNNING_MODULE)
    .listLateInterestRates({ starts_on: body.starts_on })
  const change = {
    record: "rate" as const,
    data: body,
    event: DunningEvents.RATES_SAVED,
    actor_id: req.auth_context.actor_id,
  }
  const { result } = existing
    ? await updateDunningRecordWorkflow(req.scope).run({ input: { ...change, id: existing.id } })
    : await createDunningRecordWorkflow(req.scope).run({ input: change })
  res.status(existing ? 200 : 201).json({ rate: result })
}
