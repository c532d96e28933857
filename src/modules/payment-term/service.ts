import { MedusaService } from "@medusajs/framework/utils"
import { PaymentTerm } from "./models/payment-term"

export default class PaymentTermModuleService extends MedusaService({ PaymentTerm }) {}
