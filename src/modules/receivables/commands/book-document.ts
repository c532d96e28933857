import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { LateCharge } from "../../../lib/document-content"
import { allocateOldestFirst } from "../ledger"
import { unallocated } from "../repositories/allocations"
import { openDebits } from "../repositories/entries"
import { instalmentDiscount } from "../settlement"
import type { BookableDocument, EntryType } from "../types"
import { type LedgerTx, postOnce, writeAllocations } from "./ledger-tx"

const ENTRY_TYPE_OF_CHARGE = { indemnity: "late_fee", interest: "interest" } as const satisfies Record<
  LateCharge,
  EntryType
>

/**
 * Books an issued document: an invoice as one debit per instalment (due
 * on its own date, with its early-payment discount), a debit note as one
 * late-fee or interest debit due on its due date, a credit note as a
 * credit applied to what is open on the invoice it corrects; what the
 * invoice no longer owes stays on the account as a credit. Idempotent: a
 * document booked twice is booked once.
 */
export async function bookDocument(tx: LedgerTx, document: BookableDocument) {
  const base = {
    company_id: document.company_id,
    currency_code: document.currency_code,
    effective_date: document.issue_date,
    document_type: document.kind,
    document_id: document.id,
    document_number: document.number,
    source: "order" as const,
    created_by: "system",
  }
  if (document.kind === "invoice") {
    const instalments = document.due_schedule ?? []
    const entries = []
    for (const [index, instalment] of instalments.entries()) {
      if (!MathBN.gt(instalment.amount, 0)) continue
      const { entry } = await postOnce(tx, {
        ...base,
        type: "invoice",
        side: "debit",
        amount: instalment.amount,
        due_date: instalment.due_date,
        idempotency_key: `invoice:${document.id}:${index + 1}`,
        metadata: {
          instalment: index + 1,
          of: instalments.length,
          discount: instalmentDiscount(instalment, document.currency_code),
        },
      })
      entries.push(entry)
    }
    return entries
  }
  if (!MathBN.gt(document.total, 0)) {
    return []
  }
  if (document.kind === "debit_note") {
    if (!document.charge) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Debit note ${document.number} names no late-payment charge: it cannot be booked`
      )
    }
    const { entry } = await postOnce(tx, {
      ...base,
      type: ENTRY_TYPE_OF_CHARGE[document.charge],
      side: "debit",
      amount: document.total,
      // Payable on receipt: its one instalment falls due on its issue date.
      due_date: document.due_schedule?.[0]?.due_date ?? document.issue_date,
      idempotency_key: `debit_note:${document.id}`,
      metadata: { charge: document.charge ?? null, invoice_id: document.corrects_invoice_id },
    })
    return [entry]
  }
  const { entry: credit } = await postOnce(tx, {
    ...base,
    type: "credit_note",
    side: "credit",
    amount: document.total,
    idempotency_key: `credit_note:${document.id}`,
  })
  if (document.corrects_invoice_id) {
    const left = (await unallocated(tx.manager, [credit.id])).get(credit.id)!
    const open = (await openDebits(tx.manager, document.company_id, document.currency_code)).filter(
      (d) => d.document_id === document.corrects_invoice_id
    )
    await writeAllocations(tx, credit, allocateOldestFirst(left, open), "system")
  }
  return [credit]
}
