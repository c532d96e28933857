import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/core-flows"

/**
 * Makes sure an admin user with an email/password login exists, the way
 * `medusa user` creates one. Idempotent: an existing user keeps its password.
 */
export async function ensureAdminUser(
  container: MedusaContainer,
  { email, password }: { email: string; password: string }
): Promise<{ id: string; created: boolean }> {
  const userService = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)

  const [existing] = await userService.listUsers({ email })
  if (existing) {
    return { id: existing.id, created: false }
  }

  const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email }] } })
  const user = result[0]
  const { authIdentity, error } = await authService.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not create the login for ${email}: ${error}`)
  }
  await authService.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  return { id: user.id, created: true }
}
