import type { AdminApp } from "./app"

export default async function stopSharedAdminApp() {
  await (globalThis as { o2cAdminApp?: AdminApp }).o2cAdminApp?.stop()
}
