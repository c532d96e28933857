import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureAdminUser } from "../../src/scripts/seed/admin-user"

export type Headers = { headers: Record<string, string> }

export const TEST_ADMIN = { email: "admin@o2c.test", password: "admin-password" }

/**
 * Creates the test admin (as the demo seed does) and logs in through the
 * auth API, returning headers for admin requests.
 */
export async function loginAdmin(api: any, container: MedusaContainer): Promise<Headers> {
  await ensureAdminUser(container, TEST_ADMIN)
  const { data } = await api.post("/auth/user/emailpass", TEST_ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}
