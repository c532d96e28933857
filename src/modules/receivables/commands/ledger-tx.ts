import type { BigNumberInput, Context } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"
import { modelAmount } from "../../../lib/money"
import { allocationRefusal, entryContentHash, sideRefusal } from "../ledger"
import { unallocated } from "../repositories/allocations"
import { lockAccount } from "../repositories/entries"
import type ReceivablesModuleService from "../service"
import { IdempotencyConflictError, type PostEntryInput } from "../types"

/**
 * One transaction of the ledger: the service for the ORM's reads and
 * writes, the entity manager for the repositories' SQL, and the context
 * that ties both to the same transaction.
 */
export type LedgerTx = { service: ReceivablesModuleService; manager: Manager; context: Context }

export type CreditRef = { id: string; company_id: string; currency_code: string; effective_date: string }

/**
 * Posts one entry, once: the same idempotency key with the same content
 * returns the entry it posted; with other content it is refused.
 */
export async function postOnce(tx: LedgerTx, input: PostEntryInput) {
  const currency = input.currency_code.toLowerCase()
  if (!MathBN.gt(input.amount, 0)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "amount must be more than zero: the side says which way it goes"
    )
  }
  const wrongSide = sideRefusal(input.type, input.side, !!input.reverses_entry_id)
  if (wrongSide) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, wrongSide)
  }
  const contentHash = entryContentHash({
    company_id: input.company_id,
    currency_code: currency,
    type: input.type,
    side: input.side,
    amount: MathBN.convert(input.amount).toFixed(),
    effective_date: input.effective_date,
    due_date: input.due_date ?? null,
    document_id: input.document_id ?? null,
    reverses_entry_id: input.reverses_entry_id ?? null,
    metadata: input.metadata ?? null,
  })
  await lockAccount(tx.manager, input.company_id, currency)
  const [existing] = await tx.service.listLedgerEntries({ idempotency_key: input.idempotency_key }, {}, tx.context)
  if (existing) {
    if (existing.content_hash !== contentHash) {
      throw new IdempotencyConflictError(input.idempotency_key)
    }
    return { entry: existing, created: false }
  }
  const entry = await tx.service.createLedgerEntries(
    {
      ...input,
      currency_code: currency,
      amount: modelAmount(input.amount),
      due_date: input.due_date ?? null,
      source: input.source ?? "manual",
      content_hash: contentHash,
    },
    tx.context
  )
  // The SQL that reads open and unallocated amounts later in this transaction must see it.
  await tx.manager.flush()
  return { entry, created: true }
}

export async function creditEntry(tx: LedgerTx, creditEntryId: string) {
  const [credit] = await tx.service.listLedgerEntries({ id: creditEntryId }, {}, tx.context)
  if (credit?.side !== "credit") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Credit entry ${creditEntryId} was not found`)
  }
  return credit
}

/** A payment that was recorded and is not itself a reversal, or a 404. */
export async function paymentEntry(tx: LedgerTx, paymentEntryId: string) {
  const payment = await creditEntry(tx, paymentEntryId)
  if (payment.type !== "payment" || payment.reverses_entry_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment ${paymentEntryId} was not found`)
  }
  return payment
}

export async function reversalOf(tx: LedgerTx, entryId: string) {
  const [reversal] = await tx.service.listLedgerEntries({ reverses_entry_id: entryId }, { take: 1 }, tx.context)
  return reversal ?? null
}

const later = (a: string, b: string) => (a > b ? a : b)

/**
 * Checks and writes allocations of one credit, all or nothing: the caller
 * holds the account lock. Refusals name the entry and the reason.
 */
export async function writeAllocations(
  tx: LedgerTx,
  credit: CreditRef,
  requested: Array<{ debit_entry_id: string; amount: BigNumberInput }>,
  createdBy: string
) {
  if (requested.length === 0) {
    return []
  }
  const debits = await tx.service.listLedgerEntries({ id: requested.map((r) => r.debit_entry_id) }, {}, tx.context)
  const left = await unallocated(tx.manager, [credit.id, ...debits.map((d) => d.id)])
  const rows: Array<{ debit_entry_id: string; amount: string; effective_date: string }> = []
  for (const request of requested) {
    const debit = debits.find((d) => d.id === request.debit_entry_id)
    if (debit?.side !== "debit") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Debit entry ${request.debit_entry_id} was not found`)
    }
    const refusal = allocationRefusal({
      credit: { ...credit, unallocated: left.get(credit.id)! },
      debit: { ...debit, unallocated: left.get(debit.id)! },
      amount: request.amount,
    })
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    left.set(credit.id, MathBN.sub(left.get(credit.id)!, request.amount).toFixed())
    left.set(debit.id, MathBN.sub(left.get(debit.id)!, request.amount).toFixed())
    rows.push({
      debit_entry_id: debit.id,
      amount: MathBN.convert(request.amount).toFixed(),
      effective_date: later(credit.effective_date, debit.effective_date),
    })
  }
  const allocations = await tx.service.createAllocations(
    rows.map((row) => ({
      ...row,
      amount: modelAmount(row.amount),
      credit_entry_id: credit.id,
      company_id: credit.company_id,
      currency_code: credit.currency_code,
      created_by: createdBy,
    })),
    tx.context
  )
  await tx.manager.flush()
  return allocations
}
