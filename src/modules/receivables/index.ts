import { Module } from "@medusajs/framework/utils"
import ReceivablesModuleService from "./service"

export const RECEIVABLES_MODULE = "receivables"

export default Module(RECEIVABLES_MODULE, { service: ReceivablesModuleService })
