import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs what decides an order's automatic credit notes (a return, a
 * cancellation, a refund) one at a time per order: each reads what earlier
 * credit notes took, so two of them deciding at once could credit twice.
 */
export function withOrderCreditLock<T>(
  container: MedusaContainer,
  orderId: string,
  job: () => Promise<T>
): Promise<T> {
  return container
    .resolve(Modules.LOCKING)
    .execute(`o2c:invoicing:order-credits:${orderId}`, job, { timeout: 60 })
}
