import type { BigNumberInput, Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Manager } from "../../lib/manager"
import { exactAmount, moneyString } from "../../lib/money"
import type { CalendarDate } from "../../lib/time"
import { enabledFeatures, type O2cOptions, parseO2cOptions } from "../o2c/options"
import type { DocumentLine, InvoiceDocument } from "./document"
import { type Credited, creditedSoFar } from "./drafting"
import { Invoice } from "./models/invoice"
import { InvoiceSequence } from "./models/invoice-sequence"
import { SellerProfile } from "./models/seller-profile"
import {
  type ChainLink,
  type ChainReport,
  creditorReference,
  documentHash,
  documentNumber,
  type NumberingOptions,
  seriesFor,
  verifyChain,
} from "./numbering"
import { embedFacturX, toCii, toUbl } from "./einvoice"
import { resolveSellerIdentity, type SellerIdentityInput, SellerIdentityOptionsSchema } from "./seller"
import { isPaidAtCheckout, isPayable } from "./status"

// What an issued document's hash covers: everything a reader of it relies on.
const HASHED_FIELDS = [
  "kind",
  "number",
  "series",
  "sequence_number",
  "currency_code",
  "issue_date",
  "supply_date",
  "purchase_order_ref",
  "order_id",
  "order_display_id",
  "company_id",
  "corrects_invoice_id",
  "reason",
  "seller",
  "buyer",
  "lines",
  "shipping",
  "tax_breakdown",
  "due_schedule",
  "payment_terms_text",
  "payment_reference",
  "subtotal",
  "tax_total",
  "total",
] as const

const SELECT_HASHED = `kind, number, series, sequence_number, currency_code, issue_date, supply_date, purchase_order_ref,
  order_id, order_display_id, company_id, corrects_invoice_id, reason, seller, buyer, lines, shipping, tax_breakdown,
  due_schedule, payment_terms_text, payment_reference,
  subtotal::text AS subtotal, tax_total::text AS tax_total, total::text AS total`

const hashedContent = (row: Record<string, unknown>) =>
  Object.fromEntries(HASHED_FIELDS.map((f) => [f, row[f] ?? null]))

type InvoiceRow = Awaited<ReturnType<InvoicingModuleService["retrieveInvoice"]>>

export default class InvoicingModuleService extends MedusaService({
  Invoice,
  InvoiceSequence,
  SellerProfile,
}) {
  private readonly numbering: NumberingOptions
  readonly options: O2cOptions

  constructor(container: Record<string, any>, options?: unknown) {
    super(container)
    this.options = parseO2cOptions(options)
    this.numbering = this.options.invoiceNumbering
  }

  /** False when the merchant switched invoicing off in the plugin options: orders are then not invoiced. */
  get enabled(): boolean {
    return enabledFeatures(this.options).invoicing
  }

  /**
   * The files of an issued document from its printed PDF (the documents
   * module prints it): the Factur-X PDF/A-3 carrying the CII XML, and both
   * EN 16931 XMLs, all from its frozen content.
   */
  async electronicFiles(document: InvoiceDocument, pdf: Uint8Array) {
    const cii = toCii(document)
    return { pdf: await embedFacturX(pdf, cii, document), cii, ubl: toUbl(document) }
  }

  /** The seller identity new documents print; a clear error listing what is missing when it is incomplete. */
  @InjectManager()
  async sellerIdentity(@MedusaContext() context: Context = {}) {
    const [profile] = await this.listSellerProfiles({}, { take: 1 }, context)
    const resolved = resolveSellerIdentity(
      this.options.invoicing.seller,
      (profile?.identity as SellerIdentityInput) ?? null
    )
    return {
      ...resolved,
      saved: (profile?.identity as SellerIdentityInput) ?? {},
      from_options: this.options.invoicing.seller,
    }
  }

  /** Saves the settings page's seller fields (null clears a field back to the plugin option). */
  @InjectTransactionManager()
  async saveSellerIdentity(input: SellerIdentityInput, @MedusaContext() context: Context = {}) {
    const [profile] = await this.listSellerProfiles({}, { take: 1 }, context)
    // Field by field: what the page does not send stays as saved.
    const identity = SellerIdentityOptionsSchema.parse({ ...((profile?.identity as object) ?? {}), ...input })
    if (profile) {
      await this.updateSellerProfiles({ id: profile.id, identity }, context)
    } else {
      await this.createSellerProfiles({ identity }, context)
    }
    return this.sellerIdentity(context)
  }

  /** What earlier issued credit notes took back from each of these invoices, in one query. */
  private async creditedByInvoice(invoiceIds: string[], context: Context): Promise<Map<string, Credited>> {
    const notes = invoiceIds.length
      ? await this.listInvoices(
          { corrects_invoice_id: invoiceIds, kind: "credit_note", status: { $ne: "draft" } },
          { select: ["id", "corrects_invoice_id", "lines", "shipping"] },
          context
        )
      : []
    return new Map(
      invoiceIds.map((id) => [
        id,
        creditedSoFar(
          notes
            .filter((n) => n.corrects_invoice_id === id)
            .map((n) => ({ lines: (n.lines as any) ?? [], charges: (n.shipping as any) ?? [] }))
        ),
      ])
    )
  }

  /** What earlier issued credit notes took back from an invoice. */
  @InjectManager()
  async creditedOn(invoiceId: string, @MedusaContext() context: Context = {}): Promise<Credited> {
    return (await this.creditedByInvoice([invoiceId], context)).get(invoiceId)!
  }

  /** What issued credit notes took back from each of these invoices, as a sum of their totals. */
  @InjectManager()
  async creditedTotals(invoiceIds: string[], @MedusaContext() context: Context = {}) {
    const notes = invoiceIds.length
      ? await this.listInvoices(
          { corrects_invoice_id: invoiceIds, kind: "credit_note", status: { $ne: "draft" } },
          { select: ["corrects_invoice_id", "total", "raw_total"] },
          context
        )
      : []
    const totals = new Map<string, BigNumberInput>(invoiceIds.map((id) => [id, 0]))
    for (const note of notes) {
      const id = note.corrects_invoice_id!
      totals.set(id, MathBN.add(totals.get(id)!, exactAmount(note, "total")))
    }
    return totals
  }

  /** An order's issued invoices, oldest first, each with what its credit notes took back. */
  @InjectManager()
  async creditableInvoicesOf(orderId: string, @MedusaContext() context: Context = {}) {
    const invoices = await this.listInvoices(
      { order_id: orderId, kind: "invoice", status: { $ne: "draft" } },
      { select: ["id", "lines"], order: { sequence_number: "ASC" } },
      context
    )
    const credited = await this.creditedByInvoice(
      invoices.map((i) => i.id),
      context
    )
    return invoices.map((i) => ({
      id: i.id,
      lines: i.lines as unknown as DocumentLine[],
      credited: credited.get(i.id)!,
    }))
  }

  /** An issued document as it is printed: its legal content, and whether it was paid at checkout (stamped so). */
  @InjectManager()
  async printableDocument(id: string, @MedusaContext() context: Context = {}) {
    const document = await this.documentOf(id, context)
    return { ...document, paid_at_checkout: isPaidAtCheckout(document) }
  }

  /** The legal content of an issued document, as the PDF and e-invoices print it. */
  @InjectManager()
  async documentOf(id: string, @MedusaContext() context: Context = {}): Promise<InvoiceDocument> {
    const invoice: InvoiceRow = await this.retrieveInvoice(id, {}, context)
    if (invoice.status === "draft" || !invoice.number || !invoice.issue_date) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Invoice ${id} is a draft: only issued documents have a legal content`
      )
    }
    const corrected = invoice.corrects_invoice_id
      ? await this.retrieveInvoice(invoice.corrects_invoice_id, { select: ["number", "issue_date"] }, context)
      : null
    const lines = (invoice.lines as unknown as InvoiceDocument["lines"]) ?? []
    const charges = (invoice.shipping as unknown as InvoiceDocument["charges"]) ?? []
    const currency = invoice.currency_code
    const figure = (field: "subtotal" | "tax_total" | "total") => moneyString(exactAmount(invoice, field), currency)
    const sumOf = (amounts: string[]) =>
      moneyString(
        amounts.reduce<BigNumberInput>((acc, a) => MathBN.add(acc, a), 0),
        currency
      )
    return {
      kind: invoice.kind,
      number: invoice.number,
      issue_date: invoice.issue_date,
      supply_date: invoice.supply_date ?? null,
      currency_code: invoice.currency_code,
      purchase_order_ref: invoice.purchase_order_ref ?? null,
      order_display_id: invoice.order_display_id ?? null,
      corrects: corrected ? { number: corrected.number!, issue_date: corrected.issue_date! } : null,
      seller: invoice.seller as unknown as InvoiceDocument["seller"],
      buyer: invoice.buyer as unknown as InvoiceDocument["buyer"],
      lines,
      charges,
      tax_breakdown: invoice.tax_breakdown as unknown as InvoiceDocument["tax_breakdown"],
      line_total: sumOf(lines.map((l) => l.net_amount)),
      charge_total: sumOf(charges.map((c) => c.net_amount)),
      subtotal: figure("subtotal"),
      tax_total: figure("tax_total"),
      total: figure("total"),
      due_schedule: (invoice.due_schedule as unknown as InvoiceDocument["due_schedule"]) ?? [],
      payment_terms_text: invoice.payment_terms_text ?? null,
      payment_reference: invoice.payment_reference ?? null,
    }
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
    const [draft] = await manager.execute(
      `SELECT id, kind, status FROM invoice WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.id]
    )
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
    // What the buyer pays (invoices, debit notes) carries an ISO 11649
    // reference made from its number, so that a bank transfer quoting it matches exactly.
    const paymentReference = isPayable(draft.kind) ? creditorReference(number) : null
    // The hash is computed before the row changes: once its status is
    // issued, the immutability trigger lets none of these columns move.
    const [draftContent] = await manager.execute(`SELECT ${SELECT_HASHED} FROM invoice WHERE id = ?`, [
      input.id,
    ])
    const content = hashedContent({
      ...draftContent,
      series,
      sequence_number: sequence,
      number,
      issue_date: input.issue_date,
      payment_reference: paymentReference,
    })
    const previousHash = previous?.hash ?? null
    await manager.execute(
      `UPDATE invoice SET series = ?, sequence_number = ?, number = ?, issue_date = ?, payment_reference = ?, status = 'issued',
              issued_at = now(), hash = ?, previous_hash = ?
        WHERE id = ?`,
      [
        series,
        sequence,
        number,
        input.issue_date,
        paymentReference,
        documentHash(content, previousHash),
        previousHash,
        input.id,
      ]
    )
    const [issued] = await this.listInvoices({ id: input.id }, {}, context)
    return issued
  }

  /** Recomputes a series' hash chain and reports the first document that breaks it. */
  @InjectTransactionManager()
  async verifySeries(
    series: string,
    @MedusaContext() context: Context = {}
  ): Promise<ChainReport & { series: string }> {
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
