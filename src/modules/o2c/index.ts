import { Module } from "@medusajs/framework/utils"
import O2cModuleService from "./service"

export const O2C_MODULE = "o2c"

export default Module(O2C_MODULE, {
  service: O2cModuleService,
})
