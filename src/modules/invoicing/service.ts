import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { CalendarDate } from "../../lib/time"
import { parseO2cOptions } from "../o2c/options"
import { Invoice } from "./models/invoice"
import { InvoiceSequence } from "./models/invoice-sequence"
import { type ChainLink, type ChainReport, documentHash, documentNumber, type NumberingOptions, seriesFor, verifyChain } from "./numbering"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

// What an issued document's hash covers: everything a reader of it relies on.
const HASHED_FIELDS = [
  "kind", "number", "series", "sequence_number", "currency_code", "issue_date", "supply_date", "purchase_order_ref",
  "order_id", "company_id", "corrects_invoice_id", "seller", "buyer", "lines", "shipping", "tax_breakdown",
  "due_schedule", "subtotal", "tax_total", "total",
] as const

const SELECT_HASHED = `kind, number, series, sequence_number, currency_code, issue_date, supply_date, purchase_order_ref,
  order_id, company_id, corrects_invoice_id, seller, buyer, lines, shipping, tax_breakdown, due_schedule,
  subtotal::text AS subtotal, tax_total::text AS tax_total, total::text AS total`

const hashedContent = (row: Record<string, unknown>) => Object.fromEntries(HASHED_FIELDS.map((f) => [f, row[f] ?? null]))

export default class InvoicingModuleService extends MedusaService({ Invoice, InvoiceSequence }) {
  private readonly numbering: NumberingOptions

  constructor(container: Record<string, any>, options?: unknown) {
    super(container)
    this.numbering = parseO2cOptions(options).invoiceNumbering
  }

  /**
   * Issues a draft: takes the next number of its series and chains its hash
   * to the previous document's, in one transaction. The sequence row stays
   * locked until commit, so documents of a series are numbered one after the
   * other, and a failure anywhere rolls the number back with everything else.
   */
  @InjectTransactionManager()
  async issue(input: { id: string; issue_date: CalendarDate }, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as unknown as Manager
    const [draft] = await manager.execute(`SELECT id, kind, status FROM invoice WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [input.id])
    if (!draft) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${input.id} was not found`)
    }
    if (draft.status !== "draft") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Invoice ${input.id} is already issued`)
    }
    const series = seriesFor(draft.kind, input.issue_date, this.numbering)
    const [{ last_number: sequence }] = await manager.execute(
      // A random id, so that when a new series starts under concurrency the
      // series index is the only conflict and ON CONFLICT resolves it.
      `INSERT INTO invoice_sequence (id, series, last_number)
       VALUES ('iseq_' || replace(gen_random_uuid()::text, '-', ''), ?, 1)
       ON CONFLICT (series) WHERE deleted_at IS NULL DO UPDATE SET last_number = invoice_sequence.last_number + 1, updated_at = now()
       RETURNING last_number`,
      [series]
    )
    const [previous] = await manager.execute(
      `SELECT hash, issue_date FROM invoice WHERE series = ? AND sequence_number = ?`,
      [series, sequence - 1]
    )
    if (previous && previous.issue_date > input.issue_date) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Numbers are chronological: ${series} already has a document issued on ${previous.issue_date}, after ${input.issue_date}`
      )
    }
    const number = documentNumber(series, sequence, this.numbering.digits)
    // The hash is computed before the row changes: once its status is
    // issued, the immutability trigger lets none of these columns move.
    const [draftContent] = await manager.execute(`SELECT ${SELECT_HASHED} FROM invoice WHERE id = ?`, [input.id])
    const content = hashedContent({ ...draftContent, series, sequence_number: sequence, number, issue_date: input.issue_date })
    const previousHash = previous?.hash ?? null
    await manager.execute(
      `UPDATE invoice SET series = ?, sequence_number = ?, number = ?, issue_date = ?, status = 'issued', issued_at = now(),
              hash = ?, previous_hash = ?
        WHERE id = ?`,
      [series, sequence, number, input.issue_date, documentHash(content, previousHash), previousHash, input.id]
    )
    const [issued] = await this.listInvoices({ id: input.id }, {}, context)
    return issued
  }

  /** Recomputes a series' hash chain and reports the first document that breaks it. */
  @InjectTransactionManager()
  async verifySeries(series: string, @MedusaContext() context: Context = {}): Promise<ChainReport & { series: string }> {
    const manager = context.transactionManager as unknown as Manager
    const rows = await manager.execute(
      `SELECT ${SELECT_HASHED}, hash, previous_hash FROM invoice
        WHERE series = ? AND sequence_number IS NOT NULL ORDER BY sequence_number`,
      [series]
    )
    const links: ChainLink[] = rows.map((r) => ({
      number: r.number,
      sequence_number: r.sequence_number,
      hash: r.hash,
      previous_hash: r.previous_hash,
      content: hashedContent(r),
    }))
    return { series, ...verifyChain(links) }
  }
}
