import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { formatMoney } from "../../../lib/money"
import type { CalendarDate } from "../../../lib/time"
import { allocateOldestFirst } from "../ledger"
import { lockAccount, openDebits } from "../repositories/entries"
import { type LedgerTx, postOnce, writeAllocations } from "./ledger-tx"

export type WriteOffInput = {
  company_id: string
  currency_code: string
  document_id: string
  amount: BigNumberInput
  effective_date: CalendarDate
  reason: string
  idempotency_key: string
  created_by: string
}

/**
 * Writes off part of a document's open amount (a dispute settled that way):
 * a write-off credit on the document, allocated to its open instalments
 * oldest first, under the account lock. Refused above what is open.
 */
export async function writeOffDocument(tx: LedgerTx, input: WriteOffInput) {
  await lockAccount(tx.manager, input.company_id, input.currency_code)
  const debits = (await openDebits(tx.manager, input.company_id, input.currency_code)).filter(
    (d) => d.document_id === input.document_id
  )
  const open = MathBN.sum(0, ...debits.map((d) => d.unallocated))
  if (MathBN.gt(input.amount, open)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Cannot write off ${formatMoney(input.amount, input.currency_code)}: only ${formatMoney(open, input.currency_code)} is open on the document`
    )
  }
  const { entry } = await postOnce(tx, {
    company_id: input.company_id,
    currency_code: input.currency_code,
    type: "write_off",
    side: "credit",
    amount: input.amount,
    effective_date: input.effective_date,
    document_type: debits[0]?.document_type ?? null,
    document_id: input.document_id,
    document_number: debits[0]?.document_number ?? null,
    idempotency_key: input.idempotency_key,
    created_by: input.created_by,
    metadata: { reason: input.reason },
  })
  await writeAllocations(
    tx,
    entry,
    allocateOldestFirst(MathBN.convert(input.amount), debits),
    input.created_by
  )
  return entry
}
