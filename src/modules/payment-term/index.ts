import { Module } from "@medusajs/framework/utils"
import PaymentTermModuleService from "./service"

export const PAYMENT_TERM_MODULE = "payment_term"

export default Module(PAYMENT_TERM_MODULE, { service: PaymentTermModuleService })
