import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * How the admin shows who did something: the user's name, else their
 * e-mail, from Medusa's user module. Ids that are not users (the seed, a
 * deleted user, a job) are left out: the caller shows the id itself.
 */
export async function actorDisplays(scope: MedusaContainer, actorIds: (string | null | undefined)[]) {
  const ids = [...new Set(actorIds.filter((id): id is string => !!id?.startsWith("user_")))]
  if (!ids.length) {
    return new Map<string, string>()
  }
  const users = await scope
    .resolve(Modules.USER)
    .listUsers({ id: ids }, { select: ["id", "first_name", "last_name", "email"] })
  return new Map(users.map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]))
}
