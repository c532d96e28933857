import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"

/**
 * Composes `build` between taking and releasing the order's credit lock:
 * what decides an order's credit notes (a return, a cancellation, a refund,
 * an admin's) runs one at a time per order, since each reads what earlier
 * credit notes took and two deciding at once could credit twice. No order,
 * no lock. A failure releases the lock (the acquire step's compensation).
 */
export function withOrderCreditLock<T>(orderId: WorkflowData<string | null>, build: () => T): T {
  const key = transform({ orderId }, ({ orderId }) =>
    orderId ? [`o2c:invoicing:order-credits:${orderId}`] : []
  )
  acquireLockStep({ key, timeout: 60, ttl: 120 }).config({ name: "lock-order-credits" })
  const built = build()
  releaseLockStep({ key }).config({ name: "unlock-order-credits" })
  return built
}
