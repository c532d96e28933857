import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { O2C_MODULE } from "../../../../modules/o2c"
import { O2C_FEATURES, SHIPPED_FEATURES } from "../../../../modules/o2c/options"
import type O2cModuleService from "../../../../modules/o2c/service"

/**
 * GET /admin/o2c/status: plugin version, enabled features, the ones a later
 * version will bring (so the settings page can say "planned" rather than
 * "off"), and how this process runs.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const o2c = req.scope.resolve<O2cModuleService>(O2C_MODULE)
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  res.json({
    status: {
      ...o2c.status(),
      planned_features: O2C_FEATURES.filter((feature) => !SHIPPED_FEATURES.has(feature)),
      worker_mode: config.projectConfig.workerMode ?? "shared",
    },
  })
}
