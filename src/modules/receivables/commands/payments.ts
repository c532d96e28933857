import { randomUUID } from "node:crypto"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { exactAmount, modelAmount } from "../../../lib/money"
import { allocateOldestFirst, type PayableItem, type PaymentPlan, planPaymentApplication } from "../ledger"
import { standingAllocations, unallocated } from "../repositories/allocations"
import { lockAccount, openDebits } from "../repositories/entries"
import { paymentDetail } from "../queries/payments"
import { settlementRefusal } from "../settlement"
import type {
  AllocateInput,
  ApplyPaymentInput,
  ReceivePaymentInput,
  ReversePaymentInput,
  SettlementRequest,
} from "../types"
import {
  creditEntry,
  type LedgerTx,
  paymentEntry,
  postOnce,
  reversalOf,
  writeAllocations,
} from "./ledger-tx"

// Entries a payment books when it settles items short: they live and die with the payment.
const SETTLEMENT_TYPES = ["discount", "write_off"] as const

/**
 * Records a payment received and settles what it was meant for (see
 * `applyPayment`), in the caller's transaction: a refused allocation
 * records no payment either. The same idempotency key with the same
 * request returns the payment as it was recorded, without applying it again.
 */
export async function receivePayment(tx: LedgerTx, input: ReceivePaymentInput, defaultTolerance: BigNumberInput) {
  const { entry, created } = await postOnce(tx, {
    company_id: input.company_id,
    currency_code: input.currency_code,
    type: "payment",
    side: "credit",
    amount: input.amount,
    effective_date: input.received_on,
    source: input.source ?? "manual",
    idempotency_key: input.idempotency_key,
    created_by: input.created_by,
    metadata: {
      method: input.method,
      reference: input.reference ?? null,
      requested: input.allocations ?? input.allocate ?? "oldest_first",
      write_off_tolerance: input.write_off_tolerance ?? null,
    },
  })
  if (created && (input.allocations || input.allocate !== "none")) {
    await applyPayment(
      tx,
      {
        payment_entry_id: entry.id,
        requested: input.allocations,
        write_off_tolerance: input.write_off_tolerance,
        created_by: input.created_by,
      },
      defaultTolerance
    )
  }
  return { ...(await paymentDetail(tx, entry.id)), replayed: !created }
}

/**
 * Allocates a credit to debits of the same company and currency: the given
 * amounts, or oldest first until the credit or the open debits run out.
 * All of it or nothing: one refused allocation writes none.
 */
export async function allocate(tx: LedgerTx, input: AllocateInput) {
  const credit = await creditEntry(tx, input.credit_entry_id)
  await lockAccount(tx.manager, credit.company_id, credit.currency_code)
  let requested = input.allocations
  if (!requested) {
    const open = await openDebits(tx.manager, credit.company_id, credit.currency_code)
    const left = (await unallocated(tx.manager, [credit.id])).get(credit.id)!
    requested = allocateOldestFirst(left, open)
  }
  return writeAllocations(tx, credit, requested, input.created_by)
}

/**
 * Settles open items with a payment (or what is left of it): the items
 * and amounts asked for, or oldest first. Within an item's early-payment
 * window the short-pay is booked as a discount; a remainder within the
 * write-off tolerance is written off. All of it or nothing.
 */
export async function applyPayment(tx: LedgerTx, input: ApplyPaymentInput, defaultTolerance: BigNumberInput) {
  const payment = await paymentEntry(tx, input.payment_entry_id)
  await lockAccount(tx.manager, payment.company_id, payment.currency_code)
  if (await reversalOf(tx, payment.id)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment ${payment.id} was reversed`)
  }
  const available = (await unallocated(tx.manager, [payment.id])).get(payment.id)!
  const items: PayableItem[] = (await openDebits(tx.manager, payment.company_id, payment.currency_code)).map(
    (d) => ({ ...d, discount: (d.metadata?.discount as PayableItem["discount"]) ?? null })
  )
  const tolerance = input.write_off_tolerance ?? defaultTolerance
  const plan = input.requested
    ? await planRequested(tx, payment, input.requested, items, tolerance)
    : planPaymentApplication({ payment_date: payment.effective_date, available, items, write_off_tolerance: tolerance })
  const allocations = await writeAllocations(tx, payment, plan.allocations, input.created_by)
  const settlements = []
  for (const type of SETTLEMENT_TYPES) {
    for (const row of type === "discount" ? plan.discounts : plan.write_offs) {
      const { entry } = await postOnce(tx, {
        company_id: payment.company_id,
        currency_code: payment.currency_code,
        type,
        side: "credit",
        amount: row.amount,
        effective_date: payment.effective_date,
        source: payment.source,
        idempotency_key: `${type}:${payment.id}:${row.debit_entry_id}:${randomUUID()}`,
        payment_entry_id: payment.id,
        created_by: input.created_by,
      })
      await writeAllocations(tx, entry, [row], input.created_by)
      settlements.push({ type, debit_entry_id: row.debit_entry_id, amount: row.amount, entry_id: entry.id })
    }
  }
  const left = (await unallocated(tx.manager, [payment.id])).get(payment.id)!
  return { payment, allocations, settlements, unallocated: left }
}

/**
 * An explicit request as a plan: an instalment is paid as asked; an
 * invoice's open instalments are paid oldest first with the amount given,
 * which may not exceed what the invoice needs.
 */
async function planRequested(
  tx: LedgerTx,
  payment: { company_id: string; currency_code: string; effective_date: string },
  requested: SettlementRequest[],
  items: PayableItem[],
  tolerance: BigNumberInput
) {
  const perEntry: Array<{ debit_entry_id: string; amount: BigNumberInput }> = []
  const plan: PaymentPlan = { allocations: [], discounts: [], write_offs: [] }
  const add = (part: PaymentPlan) => {
    plan.allocations.push(...part.allocations)
    plan.discounts.push(...part.discounts)
    plan.write_offs.push(...part.write_offs)
  }
  for (const request of requested) {
    if (request.debit_entry_id) {
      perEntry.push({ debit_entry_id: request.debit_entry_id, amount: request.amount })
      continue
    }
    const part = planPaymentApplication({
      payment_date: payment.effective_date,
      available: request.amount,
      items: items.filter((i) => (i as { document_id?: string | null }).document_id === request.document_id),
      write_off_tolerance: tolerance,
    })
    const applied = MathBN.add(0, ...part.allocations.map((a) => a.amount))
    if (MathBN.lt(applied, request.amount)) {
      const [entry] = await tx.service.listLedgerEntries({ document_id: request.document_id }, { take: 1 }, tx.context)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        settlementRefusal({
          payment,
          document_id: request.document_id!,
          entry: entry ?? null,
          amount: request.amount,
          needed: applied,
        })
      )
    }
    add(part)
  }
  add(
    planPaymentApplication({
      payment_date: payment.effective_date,
      available: 0,
      items,
      requested: perEntry,
      write_off_tolerance: tolerance,
    })
  )
  return plan
}

/**
 * Reverses a payment: every allocation it made (and the discounts and
 * write-offs it booked) is undone, so the items it paid are open again,
 * and a reversing entry cancels it on the account. Reversing twice is
 * refused.
 */
export async function reversePayment(tx: LedgerTx, input: ReversePaymentInput) {
  const payment = await paymentEntry(tx, input.payment_entry_id)
  await lockAccount(tx.manager, payment.company_id, payment.currency_code)
  if (await reversalOf(tx, payment.id)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Payment ${payment.id} is already reversed`)
  }
  if (input.effective_date < payment.effective_date) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A payment received on ${payment.effective_date} cannot be reversed on ${input.effective_date}`
    )
  }
  const settlements = await tx.service.listLedgerEntries(
    { payment_entry_id: payment.id },
    { select: ["id"] },
    tx.context
  )
  const credits = await tx.service.listLedgerEntries(
    { id: [payment.id, ...settlements.map((s) => s.id)] },
    {},
    tx.context
  )
  const undone = await standingAllocations(
    tx.manager,
    credits.map((c) => c.id)
  )
  if (undone.length) {
    await tx.service.createAllocations(
      undone.map((a) => ({
        company_id: payment.company_id,
        currency_code: payment.currency_code,
        debit_entry_id: a.debit_entry_id,
        credit_entry_id: a.credit_entry_id,
        amount: modelAmount(MathBN.mult(a.amount, -1)),
        effective_date: input.effective_date,
        reverses_allocation_id: a.id,
        created_by: input.created_by,
      })),
      tx.context
    )
    await tx.manager.flush()
  }
  const reversals = []
  for (const credit of credits) {
    const amount = exactAmount(credit, "amount")
    const { entry: reversal } = await postOnce(tx, {
      company_id: credit.company_id,
      currency_code: credit.currency_code,
      type: credit.type,
      side: "debit",
      amount,
      effective_date: input.effective_date,
      document_type: credit.document_type,
      document_id: credit.document_id,
      document_number: credit.document_number,
      source: credit.source,
      idempotency_key: `reversal:${credit.id}`,
      reverses_entry_id: credit.id,
      created_by: input.created_by,
      // What the statement and the ledger show of the reversal: which payment, and why.
      metadata: {
        reason: input.reason ?? null,
        reference: (credit.metadata as Record<string, unknown> | null)?.reference ?? null,
      },
    })
    // The reversal and what it reverses settle each other: neither stays open.
    await writeAllocations(
      tx,
      { ...credit, effective_date: input.effective_date },
      [{ debit_entry_id: reversal.id, amount }],
      input.created_by
    )
    reversals.push(reversal)
  }
  const reopened = undone.map((a) => a.document_id).filter((id): id is string => !!id)
  return { payment, reversals, reopened_documents: [...new Set(reopened)] }
}
