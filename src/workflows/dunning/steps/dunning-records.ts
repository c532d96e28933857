import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DUNNING_MODULE } from "../../../modules/dunning"
import type DunningModuleService from "../../../modules/dunning/service"

/** The dunning records workflows write one at a time, by the name MedusaService gives their methods. */
const RECORDS = {
  dispute: "Disputes",
  promise: "PaymentPromises",
  activity: "CollectionActivities",
  account: "DunningAccounts",
  reminder: "DunningReminders",
  claim: "DunningClaims",
  rate: "LateInterestRates",
} as const

export type DunningRecord = keyof typeof RECORDS

type Crud = {
  create: (data: Record<string, unknown>) => Promise<{ id: string } & Record<string, any>>
  update: (data: Record<string, unknown>) => Promise<{ id: string } & Record<string, any>>
  list: (filter: Record<string, unknown>) => Promise<Array<{ id: string } & Record<string, any>>>
  remove: (ids: string[]) => Promise<void>
}

function crud(service: DunningModuleService, record: DunningRecord): Crud {
  const name = RECORDS[record]
  const s = service as unknown as Record<string, (...args: any[]) => Promise<any>>
  return {
    create: (data) => s[`create${name}`](data),
    update: (data) => s[`update${name}`](data),
    list: (filter) => s[`list${name}`](filter),
    remove: (ids) => s[`delete${name}`](ids),
  }
}

/** Creates one dunning record; undone by deleting it. */
export const createDunningRecordStep = createStep(
  "create-dunning-record",
  async (input: { record: DunningRecord; data: Record<string, unknown> }, { container }) => {
    const created = await crud(container.resolve(DUNNING_MODULE), input.record).create(input.data)
    return new StepResponse(created, { record: input.record, id: created.id })
  },
  async (made, { container }) => {
    if (made) await crud(container.resolve(DUNNING_MODULE), made.record).remove([made.id])
  }
)

/** Changes fields of one dunning record; undone by putting back what they were. */
export const updateDunningRecordStep = createStep(
  "update-dunning-record",
  async (input: { record: DunningRecord; id: string; data: Record<string, unknown> }, { container }) => {
    const records = crud(container.resolve(DUNNING_MODULE), input.record)
    const [before] = await records.list({ id: input.id })
    const updated = await records.update({ id: input.id, ...input.data })
    const previous = Object.fromEntries(Object.keys(input.data).map((k) => [k, before?.[k] ?? null]))
    return new StepResponse(updated, { record: input.record, id: input.id, previous })
  },
  async (change, { container }) => {
    if (change)
      await crud(container.resolve(DUNNING_MODULE), change.record).update({
        id: change.id,
        ...change.previous,
      })
  }
)
