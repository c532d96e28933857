import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "./seed/admin-user"
import { seedDemoCompanies, seedPaymentTerms } from "./seed/b2b"
import { seedDunning, seedDunningHistory } from "./seed/dunning"
import { seedSellerIdentity } from "./seed/invoicing"
import { seedStore } from "./seed/store"

export const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL ?? "admin@o2c.demo",
  password: process.env.DEMO_ADMIN_PASSWORD ?? "o2c-demo-admin",
}

/**
 * `npm run seed` (medusa exec): the demo store and its logins. Safe to run
 * again. The logins are also written to .medusa/demo-logins.txt, which
 * `npm run demo` prints once the server is up.
 */
export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const store = await seedStore(container)
  await ensureAdminUser(container, DEMO_ADMIN)
  const termIds = await seedPaymentTerms(container)
  await seedSellerIdentity(container)
  const policies = await seedDunning(container)
  const buyerLogins = await seedDemoCompanies(container, store, termIds)
  await seedDunningHistory(container, policies)

  const logins = [
    `Admin login ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
    `Publishable key ${store.publishableKey}`,
    ...buyerLogins,
  ]
  const file = path.join(process.cwd(), ".medusa", "demo-logins.txt")
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${logins.join("\n")}\n`)
  logger.info(`Demo seed done: ${store.productCount} products.\n${logins.join("\n")}`)
}
