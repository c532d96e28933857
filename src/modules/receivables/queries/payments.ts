import { MedusaError } from "@medusajs/framework/utils"
import type { LedgerTx } from "../commands/ledger-tx"
import { unallocated } from "../repositories/allocations"
import { paymentSettlements } from "../repositories/payments"

/**
 * A payment as a person reads it: the entry, what it settled (per item,
 * net of anything undone), the discounts and write-offs it booked, what
 * is left unallocated, and its reversal if any.
 */
export async function paymentDetail(tx: LedgerTx, paymentEntryId: string) {
  const [payment] = await tx.service.listLedgerEntries({ id: paymentEntryId, type: "payment" }, {}, tx.context)
  if (!payment || payment.reverses_entry_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment ${paymentEntryId} was not found`)
  }
  // One after the other: inside a transaction they share its connection.
  const settled = await paymentSettlements(tx.manager, payment.id)
  const [reversal] = await tx.service.listLedgerEntries({ reverses_entry_id: payment.id }, { take: 1 }, tx.context)
  const left = await unallocated(tx.manager, [payment.id])
  return {
    payment,
    allocations: settled.filter((s) => s.settled_with === "payment"),
    settlements: settled.filter((s) => s.settled_with !== "payment"),
    // A reversed payment is settled by its reversal: nothing of it is left to allocate.
    unallocated: left.get(payment.id)!,
    reversed_by: reversal?.id ?? null,
  }
}
