import type { MedusaContainer } from "@medusajs/framework/types"
import { calendarDateInZone } from "../lib/time"
import { DUNNING_MODULE } from "../modules/dunning"
import type DunningModuleService from "../modules/dunning/service"
import { runDunningWorkflow } from "../workflows/dunning/run-dunning"

/** Every morning, the day's dunning run over every company (the store's calendar day). */
export default async function runDunning(container: MedusaContainer) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  if (!dunning.enabled) return
  const asOf = calendarDateInZone(new Date(), dunning.options.timeZone)
  await runDunningWorkflow(container).run({ input: { as_of: asOf, triggered_by: "system:job" } })
}

export const config = { name: "o2c-run-dunning", schedule: "0 6 * * *" }
