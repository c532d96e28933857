import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { O2C_MODULE } from "./index"
import type { SwitchableFeature } from "./options"
import type O2cModuleService from "./service"

/**
 * Route middleware for a switchable feature's routes: with the feature
 * switched off they answer 404 with the reason, before any validation, so
 * a disabled context looks absent rather than broken.
 */
export function requireFeature(feature: SwitchableFeature) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      req.scope.resolve<O2cModuleService>(O2C_MODULE).assertEnabled(feature)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** For subscribers and jobs: whether a switchable feature runs. */
export function featureEnabled(container: MedusaContainer, feature: SwitchableFeature): boolean {
  return container.resolve<O2cModuleService>(O2C_MODULE).isEnabled(feature)
}
