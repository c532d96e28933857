import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationProvider from "./service"

/**
 * Register as a provider of Medusa's notification module on the "email"
 * channel, with `id: "smtp"` and options `{ channels: ["email"], url, from }`
 * (see SmtpProviderOptions).
 */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationProvider] })
