import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useParams } from "react-router-dom"
import { CreateCreditNoteDrawer } from "../../../components/create-credit-note-drawer"
import { FieldGrid, RecordNotLoaded, Section } from "../../../components/detail-section"
import { DocumentBadge } from "../../../components/document-badge"
import { DocumentDelivery } from "../../../components/document-delivery"
import { DocumentIntegrity } from "../../../components/document-integrity"
import { featurePage } from "../../../components/feature-gate"
import { PdfPreview } from "../../../components/pdf-preview"
import { day, errorMessage, percent } from "../../../lib/format"
import { formatMoney } from "../../../lib/money"
import { documentKey } from "../../../lib/invoices"
import { sdk } from "../../../lib/sdk"
import type { InvoiceDetail, InvoiceParty, InvoiceReceivable } from "../../../lib/types"
import { DataTable, right, TableHead } from "../../../components/data-table"
import { OrderLink, PageLink } from "../../../components/page-link"

const Party = ({ party }: { party: InvoiceParty | null }) =>
  party ? (
    <div className="txt-small flex flex-col">
      <span className="font-medium">{party.legal_name}</span>
      {party.trade_name && <span>{party.trade_name}</span>}
      <span>{party.address.line1}</span>
      {party.address.line2 && <span>{party.address.line2}</span>}
      <span>
        {party.address.postal_code} {party.address.city} {party.address.country_code}
      </span>
      <span className="text-ui-fg-subtle">
        VAT {party.vat_id ?? "—"} · Reg. {party.registration_id ?? "—"}
        {party.email ? ` · ${party.email}` : ""}
      </span>
    </div>
  ) : (
    <Text size="small">—</Text>
  )

const KIND_BADGES: Record<InvoiceDetail["kind"], [string, "blue" | "purple" | "orange"]> = {
  invoice: ["Invoice", "blue"],
  credit_note: ["Credit note", "purple"],
  debit_note: ["Debit note", "orange"],
}

/** The invoice a credit note corrects, or the late invoice a debit note charges for. */
const RelatedInvoice = ({ doc }: { doc: InvoiceDetail }) => (
  <div className="px-6 py-3">
    <Text size="small">
      {doc.kind === "credit_note" ? "Corrects invoice " : "Late-payment charge on invoice "}
      {doc.corrects ? (
        <PageLink page="invoices" id={doc.corrects.id}>
          {doc.corrects.number}
        </PageLink>
      ) : (
        "—"
      )}
      {doc.corrects && ` of ${day(doc.corrects.issue_date)}`}.
      {doc.kind === "credit_note" && ` Reason: ${doc.reason ?? "—"}`}
    </Text>
  </div>
)

const Header = ({ doc }: { doc: InvoiceDetail }) => {
  const money = (value: number | string | null | undefined) => formatMoney(value, doc.currency_code)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-3">
          <Heading level="h1">{doc.number}</Heading>
          <Badge size="2xsmall" color={KIND_BADGES[doc.kind][1]}>
            {KIND_BADGES[doc.kind][0]}
          </Badge>
          <DocumentBadge kind="status" value={doc.status} />
        </div>
        {doc.kind === "invoice" && <CreateCreditNoteDrawer invoice={doc} />}
      </div>
      {doc.kind !== "invoice" && <RelatedInvoice doc={doc} />}
      <FieldGrid
        className="grid-cols-2 md:grid-cols-4"
        fields={[
          ["Issue date", day(doc.issue_date)],
          ["Supply date", day(doc.supply_date)],
          ["Order", <OrderLink key="order" doc={doc} />],
          [
            "Company",
            doc.company_id ? (
              <PageLink key="company" page="companies" id={doc.company_id}>
                {doc.buyer?.legal_name ?? doc.company_id}
              </PageLink>
            ) : (
              "—"
            ),
          ],
          ["Purchase order", doc.purchase_order_ref ?? "—"],
          ["Payment terms", doc.payment_terms_text ?? "—"],
          ["Payment reference", doc.payment_reference ?? "—"],
          ["Currency", doc.currency_code.toUpperCase()],
        ]}
      />
      <FieldGrid
        className="grid-cols-1 md:grid-cols-3"
        fields={[
          ["Buyer", <Party key="buyer" party={doc.buyer} />],
          ["Seller", <Party key="seller" party={doc.seller} />],
        ]}
      >
        <div className="flex flex-col gap-y-1 md:items-end">
          <Text size="small">Total excl. VAT {money(doc.subtotal)}</Text>
          <Text size="small">VAT {money(doc.tax_total)}</Text>
          <Text size="base" weight="plus">
            Total {money(doc.total)}
          </Text>
          {doc.kind === "invoice" && Boolean(doc.credit_notes?.length) && (
            <Text size="small" className="text-ui-fg-subtle">
              Credited {money(doc.credited_total)}
            </Text>
          )}
        </div>
      </FieldGrid>
    </Container>
  )
}

const Lines = ({ doc }: { doc: InvoiceDetail }) => {
  const money = (value: string) => formatMoney(value, doc.currency_code)
  const creditable = doc.kind === "invoice"
  return (
    <Section title="Lines">
      <Table>
        <TableHead
          columns={[
            "#",
            "Item",
            right("Qty"),
            creditable && right("Creditable"),
            right("Unit price"),
            right("Discount"),
            right("Net"),
            right("VAT"),
            right("VAT amount"),
          ]}
        />
        <Table.Body>
          {(doc.lines ?? []).map((l) => (
            <Table.Row key={l.position}>
              <Table.Cell>{l.position}</Table.Cell>
              <Table.Cell>
                {l.title}
                {l.sku && <span className="text-ui-fg-subtle"> · {l.sku}</span>}
                {l.credited_position && (
                  <span className="text-ui-fg-subtle"> · credits line {l.credited_position}</span>
                )}
              </Table.Cell>
              <Table.Cell className="text-right">{l.quantity}</Table.Cell>
              {creditable && <Table.Cell className="text-right">{l.creditable_quantity ?? "—"}</Table.Cell>}
              <Table.Cell className="text-right">{money(l.unit_price)}</Table.Cell>
              <Table.Cell className="text-right">{money(l.discount)}</Table.Cell>
              <Table.Cell className="text-right">{money(l.net_amount)}</Table.Cell>
              <Table.Cell className="text-right">
                {percent(l.tax_rate)} ({l.tax_category})
              </Table.Cell>
              <Table.Cell className="text-right">{money(l.tax_amount)}</Table.Cell>
            </Table.Row>
          ))}
          {(doc.shipping ?? []).map((c) => (
            <Table.Row key={c.shipping_method_id ?? `${c.title}-${c.net_amount}`}>
              <Table.Cell />
              <Table.Cell>
                {c.title} <span className="text-ui-fg-subtle">· shipping</span>
              </Table.Cell>
              <Table.Cell />
              {creditable && <Table.Cell />}
              <Table.Cell />
              <Table.Cell />
              <Table.Cell className="text-right">{money(c.net_amount)}</Table.Cell>
              <Table.Cell className="text-right">
                {percent(c.tax_rate)} ({c.tax_category})
              </Table.Cell>
              <Table.Cell className="text-right">{money(c.tax_amount)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Section>
  )
}

const VatAndDue = ({ doc }: { doc: InvoiceDetail }) => (
  <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
    <Section title="VAT breakdown">
      <DataTable
        rows={doc.tax_breakdown ?? []}
        rowKey={(row) => `${row.tax_category}-${row.tax_rate}`}
        columns={[
          {
            label: "Category",
            cell: (row) => (
              <>
                {row.tax_category}
                {row.exemption_reason && <span className="text-ui-fg-subtle"> · {row.exemption_reason}</span>}
              </>
            ),
          },
          { ...right("Rate"), cell: (row) => percent(row.tax_rate) },
          { ...right("Taxable"), cell: (row) => formatMoney(row.taxable_amount, doc.currency_code) },
          { ...right("VAT"), cell: (row) => formatMoney(row.tax_amount, doc.currency_code) },
        ]}
      />
    </Section>
    <Section title="Due schedule">
      {doc.due_schedule?.length ? (
        <DataTable
          rows={doc.due_schedule}
          rowKey={(d) => d.due_date}
          columns={[
            { label: "Due", cell: (d) => day(d.due_date) },
            { ...right("Amount"), cell: (d) => formatMoney(d.amount, doc.currency_code) },
            {
              label: "Early payment discount",
              cell: (d) =>
                d.discount_percent ? `${percent(d.discount_percent)} until ${day(d.discount_until)}` : "—",
            },
          ]}
        />
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {doc.kind === "credit_note" ? "A credit note has no due date." : "No due schedule."}
        </Text>
      )}
    </Section>
  </div>
)

/** Overdue, settled, or nothing to say (open, not yet due). */
const InstalmentState = ({ instalment }: { instalment: InvoiceReceivable["instalments"][number] }) =>
  instalment.overdue ? (
    <Badge size="2xsmall" color="red">
      Overdue
    </Badge>
  ) : (
    Number(instalment.open) === 0 && (
      <Badge size="2xsmall" color="green">
        Settled
      </Badge>
    )
  )

/** Where an invoice on account stands: paid, credited, open, and each instalment's state. */
const Payment = ({ doc, receivable }: { doc: InvoiceDetail; receivable: InvoiceReceivable }) => (
  <Section title="Payment">
    <FieldGrid
      className="grid-cols-3"
      fields={[
        ["Paid", formatMoney(receivable.paid, doc.currency_code)],
        ["Credited", formatMoney(receivable.credited, doc.currency_code)],
        ["Open", formatMoney(receivable.open, doc.currency_code)],
      ]}
    />
    <DataTable
      rows={receivable.instalments}
      rowKey={(i) => i.entry_id}
      columns={[
        { label: "Due", cell: (i) => day(i.due_date) },
        { ...right("Amount"), cell: (i) => formatMoney(i.amount, doc.currency_code) },
        { ...right("Open"), cell: (i) => formatMoney(i.open, doc.currency_code) },
        { ...right(""), cell: (i) => <InstalmentState instalment={i} /> },
      ]}
    />
  </Section>
)

const CreditNotes = ({ doc }: { doc: InvoiceDetail }) => (
  <Section title="Credit notes">
    {doc.credit_notes?.length ? (
      <Table>
        <Table.Body>
          {doc.credit_notes.map((n) => (
            <Table.Row key={n.id}>
              <Table.Cell>
                <PageLink page="invoices" id={n.id}>
                  {n.number}
                </PageLink>
              </Table.Cell>
              <Table.Cell>{day(n.issue_date)}</Table.Cell>
              <Table.Cell>{n.reason ?? "—"}</Table.Cell>
              <Table.Cell>
                <DocumentBadge kind="render" value={n.render_status} />
              </Table.Cell>
              <Table.Cell className="text-right">{formatMoney(n.total, doc.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Nothing credited on this invoice.
      </Text>
    )}
  </Section>
)

/** The late-payment charges on an invoice, shown once there is one. */
const DebitNotes = ({ doc }: { doc: InvoiceDetail }) =>
  doc.debit_notes?.length ? (
    <Section title="Debit notes">
      <DataTable
        rows={doc.debit_notes}
        rowKey={(n) => n.id}
        columns={[
          {
            label: "Number",
            cell: (n) => (
              <PageLink page="invoices" id={n.id}>
                {n.number}
              </PageLink>
            ),
          },
          { label: "Issued", cell: (n) => day(n.issue_date) },
          { label: "Status", cell: (n) => <DocumentBadge kind="status" value={n.status} /> },
          { ...right("Total"), cell: (n) => formatMoney(n.total, doc.currency_code) },
        ]}
      />
    </Section>
  ) : null

const InvoiceDetailPage = () => {
  const { id } = useParams()
  const { data, error, isLoading } = useQuery({
    queryKey: documentKey(id!),
    queryFn: () => sdk.client.fetch<{ invoice: InvoiceDetail }>(`/admin/invoices/${id}`),
  })
  const doc = data?.invoice
  if (!doc) return <RecordNotLoaded problem={isLoading ? null : error ? errorMessage(error) : "Not found"} />
  return (
    <div className="flex flex-col gap-y-3">
      <Header doc={doc} />
      <Lines doc={doc} />
      <VatAndDue doc={doc} />
      {doc.kind !== "credit_note" && doc.receivable && <Payment doc={doc} receivable={doc.receivable} />}
      {doc.kind === "invoice" && <CreditNotes doc={doc} />}
      {doc.kind === "invoice" && <DebitNotes doc={doc} />}
      <DocumentDelivery doc={doc} />
      <DocumentIntegrity doc={doc} />
      {doc.render_status === "rendered" && (
        <Section title="PDF">
          <div className="px-6 py-4">
            <PdfPreview id={doc.id} title={doc.number} />
          </div>
        </Section>
      )}
    </div>
  )
}

export default featurePage("invoicing", InvoiceDetailPage)
