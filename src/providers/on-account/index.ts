import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OnAccountPaymentProvider from "./service"

/** Register as a provider of Medusa's payment module with `id: "on-account"`. */
export const ON_ACCOUNT_PROVIDER_ID = `pp_${OnAccountPaymentProvider.identifier}_on-account`

export default ModuleProvider(Modules.PAYMENT, { services: [OnAccountPaymentProvider] })
