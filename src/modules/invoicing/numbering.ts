import { createHash } from "node:crypto"
import { canonicalJson } from "../../lib/canonical-json"
import type { InvoiceKind } from "../../lib/document-content"
import type { CalendarDate } from "../../lib/time"

export type NumberingOptions = {
  invoicePrefix: string
  creditNotePrefix: string
  digits: number
  // A new sequence each calendar year (INV-2026-..., INV-2027-...), or one forever.
  yearlyReset: boolean
}

/**
 * The series a document is numbered in: its kind's prefix, and the year of
 * its issue date when sequences reset yearly. Each series is one gapless,
 * chronological sequence and one hash chain. A debit note is an invoice
 * (type 383) that the buyer pays like one, so it takes the invoice series;
 * only credit notes have their own.
 */
export function seriesFor(kind: InvoiceKind, issueDate: CalendarDate, options: NumberingOptions): string {
  const prefix = kind === "credit_note" ? options.creditNotePrefix : options.invoicePrefix
  return options.yearlyReset ? `${prefix}-${issueDate.slice(0, 4)}` : prefix
}

/** INV-2026 + 1 -> INV-2026-000001. Wider numbers are never cut. */
export function documentNumber(series: string, sequence: number, digits: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new Error(`sequence numbers start at 1, got ${sequence}`)
  }
  return `${series}-${String(sequence).padStart(digits, "0")}`
}

/**
 * SHA-256 over a document's legal content and the previous document's hash
 * in its series: changing any issued document, or removing one, breaks every
 * link after it.
 */
export function documentHash(content: Record<string, unknown>, previousHash: string | null): string {
  return createHash("sha256")
    .update(canonicalJson({ content, previous_hash: previousHash }))
    .digest("hex")
}

export type ChainLink = {
  number: string
  sequence_number: number
  hash: string
  previous_hash: string | null
  content: Record<string, unknown>
}

export type ChainReport = {
  documents: number
  valid: boolean
  first_broken: { number: string; reason: string } | null
}

/** Walks a series in sequence order and reports the first document whose link does not hold. */
export function verifyChain(links: ChainLink[]): ChainReport {
  let previous: ChainLink | null = null
  for (const link of links) {
    const expectedSequence = previous ? previous.sequence_number + 1 : 1
    const broken = (reason: string) => ({
      documents: links.length,
      valid: false,
      first_broken: { number: link.number, reason },
    })
    if (link.sequence_number !== expectedSequence) {
      return broken(
        `sequence jumps from ${expectedSequence - 1} to ${link.sequence_number}: a document is missing`
      )
    }
    if (link.previous_hash !== (previous?.hash ?? null)) {
      return broken("its previous hash does not match the document before it")
    }
    if (documentHash(link.content, link.previous_hash) !== link.hash) {
      return broken("its content no longer matches its hash: it was altered after issue")
    }
    previous = link
  }
  return { documents: links.length, valid: true, first_broken: null }
}

/**
 * ISO 11649 structured creditor reference for a document number:
 * "RF" + 2 check digits (ISO 7064 mod 97-10, as for IBANs) + the number's
 * letters and digits (at most 21). INV-2026-000042 -> RF..INV2026000042.
 */
export function creditorReference(documentNumber: string): string {
  const body = documentNumber.replace(/[^0-9A-Za-z]/g, "").toUpperCase()
  if (body.length === 0 || body.length > 21) {
    throw new Error(
      `"${documentNumber}" cannot make a creditor reference: 1 to 21 letters and digits are needed`
    )
  }
  const digits = `${body}RF00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let remainder = 0
  for (const digit of digits) {
    remainder = (remainder * 10 + Number(digit)) % 97
  }
  return `RF${String(98 - remainder).padStart(2, "0")}${body}`
}
