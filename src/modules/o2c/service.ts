import { readFileSync } from "node:fs"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import {
  enabledFeatures,
  type O2cFeature,
  type O2cOptions,
  parseO2cOptions,
  type SwitchableFeature,
  switchedOffReason,
} from "./options"

const PACKAGE_NAME = "medusa-plugin-o2c"

/**
 * Finds this package's version from wherever the code runs: `src/` in the
 * host app, or `.medusa/server/src/` once installed as a plugin.
 */
function packageVersion(): string {
  let dir = __dirname
  while (dir !== path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"))
      if (pkg.name === PACKAGE_NAME) {
        return pkg.version
      }
    } catch {
      // no package.json here: keep walking up
    }
    dir = path.dirname(dir)
  }
  return "0.0.0"
}

export type O2cStatus = {
  name: string
  version: string
  time_zone: string
  features: Record<O2cFeature, boolean>
}

/**
 * Holds the plugin's validated options. Medusa hands every module of a plugin
 * the plugin's options; this module is where the rest of the plugin reads them.
 */
export default class O2cModuleService {
  readonly options: O2cOptions
  private readonly version = packageVersion()

  // Invalid options stop the boot here with a message naming the bad key,
  // rather than surfacing later as a wrong due date.
  constructor(_container: Record<string, unknown>, options?: unknown) {
    this.options = parseO2cOptions(options)
  }

  isEnabled(feature: SwitchableFeature): boolean {
    return enabledFeatures(this.options)[feature]
  }

  /** A switched-off feature is absent, not forbidden: its routes answer 404 with the reason. */
  assertEnabled(feature: SwitchableFeature): void {
    const reason = switchedOffReason(this.options, feature)
    if (reason) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, reason)
    }
  }

  status(): O2cStatus {
    return {
      name: PACKAGE_NAME,
      version: this.version,
      time_zone: this.options.timeZone,
      features: enabledFeatures(this.options),
    }
  }
}
