import { type AdminApp, startAdminApp } from "./app"

/**
 * Once per `TEST_TYPE=integration:admin` run: one build, one database, one
 * server, shared by every spec in integration-tests/admin (they read
 * O2C_ADMIN_URL). The bundle holds React's development build, so that React's
 * warnings reach the console the specs watch. Jest keeps this module's
 * globals for the teardown.
 */
export default async function startSharedAdminApp() {
  // Already running (say `npm run demo` on :9000, while writing a check): use it as is.
  if (process.env.O2C_ADMIN_URL) return
  const app = await startAdminApp("react-warnings")
  ;(globalThis as { o2cAdminApp?: AdminApp }).o2cAdminApp = app
  process.env.O2C_ADMIN_URL = app.baseUrl
  console.log(`\nadmin app at ${app.baseUrl}/app (${JSON.stringify(app.timings)})`)
}
