import type { Instalment } from "../../modules/payment-term/due-schedule"

/** Instalments compared by value, whatever the key order they were stored with. */
function canonical(instalments: unknown): string {
  return JSON.stringify(instalments, (_, value) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value
  )
}

/**
 * The version a term has after an edit: one more when its instalments (what
 * due dates are computed from) change, the same for a new name or description.
 */
export function nextVersion(
  before: { version: number; instalments: unknown },
  changes: { instalments?: Instalment[] }
): number {
  if (!changes.instalments || canonical(changes.instalments) === canonical(before.instalments)) {
    return before.version
  }
  return before.version + 1
}

/** Instalments as the model's json column is typed (an object, though an array is stored). */
export function asJsonColumn(instalments: Instalment[]): Record<string, unknown> {
  return instalments as unknown as Record<string, unknown>
}
