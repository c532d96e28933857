import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { calendarDateInZone } from "../lib/time"
import { DUNNING_MODULE } from "../modules/dunning"
import type DunningModuleService from "../modules/dunning/service"
import { runDunningWorkflow } from "../workflows/dunning/run-dunning"

/**
 * `npx medusa exec ./src/scripts/run-dunning.ts [YYYY-MM-DD]`: a dunning
 * run from the command line (an operator catching up, a cron outside
 * Medusa), as of the day given or today. Safe to repeat.
 */
export default async function runDunning({ container, args }: ExecArgs) {
  const dunning = container.resolve<DunningModuleService>(DUNNING_MODULE)
  const asOf = args?.[0] ?? calendarDateInZone(new Date(), dunning.options.timeZone)
  const { result } = await runDunningWorkflow(container).run({
    input: { as_of: asOf, triggered_by: "system:cli" },
  })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Dunning run ${result.run?.id} as of ${asOf}: ${JSON.stringify(result.summary)}`)
}
