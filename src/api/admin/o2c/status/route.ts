import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { O2C_MODULE } from "../../../../modules/o2c"
import { O2C_FEATURES, type O2cFeature, SHIPPED_FEATURES } from "../../../../modules/o2c/options"
import type { default as O2cModuleService, O2cStatus } from "../../../../modules/o2c/service"

/** What GET /admin/o2c/status answers; the admin reads it as this type. */
export type AdminO2cStatusResponse = {
  status: O2cStatus & { planned_features: O2cFeature[]; worker_mode: "shared" | "server" | "worker" }
}

/**
 * GET /admin/o2c/status: plugin version, enabled features, the ones a later
 * version will bring (so the settings page can say "planned" rather than
 * "off"), and how this process runs.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminO2cStatusResponse>) {
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
