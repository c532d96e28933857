import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"
import { CreateCreditNoteDrawer } from "../../../components/create-credit-note-drawer"
import { Field, Section } from "../../../components/detail-section"
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

const Header = ({ doc }: { doc: InvoiceDetail }) => {
  const money = (value: number | string | null | undefined) => formatMoney(value, doc.currency_code)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-3">
          <Heading level="h1">{doc.number}</Heading>
          <Badge size="2xsmall" color={doc.kind === "credit_note" ? "purple" : "blue"}>
            {doc.kind === "credit_note" ? "Credit note" : "Invoice"}
          </Badge>
          <DocumentBadge kind="status" value={doc.status} />
        </div>
        {doc.kind === "invoice" && <CreateCreditNoteDrawer invoice={doc} />}
      </div>
      {doc.kind === "credit_note" && (
        <div className="px-6 py-3">
          <Text size="small">
            Corrects invoice{" "}
            {doc.corrects ? (
              <Link to={`/invoices/${doc.corrects.id}`} className="text-ui-fg-interactive">
                {doc.corrects.number}
              </Link>
            ) : (
              "—"
            )}
            {doc.corrects && ` of ${day(doc.corrects.issue_date)}`}. Reason: {doc.reason ?? "—"}
          </Text>
        </div>
      )}
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        <Field label="Issue date">{day(doc.issue_date)}</Field>
        <Field label="Supply date">{day(doc.supply_date)}</Field>
        <Field label="Order">
          {doc.order_id ? (
            <Link to={`/orders/${doc.order_id}`} className="text-ui-fg-interactive">
              #{doc.order_display_id ?? doc.order_id}
            </Link>
          ) : (
            "—"
          )}
        </Field>
        <Field label="Company">
          {doc.company_id ? (
            <Link to={`/companies/${doc.company_id}`} className="text-ui-fg-interactive">
              {doc.buyer?.legal_name ?? doc.company_id}
            </Link>
          ) : (
            "—"
          )}
        </Field>
        <Field label="Purchase order">{doc.purchase_order_ref ?? "—"}</Field>
        <Field label="Payment terms">{doc.payment_terms_text ?? "—"}</Field>
        <Field label="Payment reference">{doc.payment_reference ?? "—"}</Field>
        <Field label="Currency">{doc.currency_code.toUpperCase()}</Field>
      </div>
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-3">
        <Field label="Buyer">
          <Party party={doc.buyer} />
        </Field>
        <Field label="Seller">
          <Party party={doc.seller} />
        </Field>
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
      </div>
    </Container>
  )
}

const Lines = ({ doc }: { doc: InvoiceDetail }) => {
  const money = (value: string) => formatMoney(value, doc.currency_code)
  const creditable = doc.kind === "invoice"
  return (
    <Section title="Lines">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>#</Table.HeaderCell>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
            {creditable && <Table.HeaderCell className="text-right">Creditable</Table.HeaderCell>}
            <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Discount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Net</Table.HeaderCell>
            <Table.HeaderCell className="text-right">VAT</Table.HeaderCell>
            <Table.HeaderCell className="text-right">VAT amount</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
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
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Category</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Rate</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Taxable</Table.HeaderCell>
            <Table.HeaderCell className="text-right">VAT</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(doc.tax_breakdown ?? []).map((row) => (
            <Table.Row key={`${row.tax_category}-${row.tax_rate}`}>
              <Table.Cell>
                {row.tax_category}
                {row.exemption_reason && <span className="text-ui-fg-subtle"> · {row.exemption_reason}</span>}
              </Table.Cell>
              <Table.Cell className="text-right">{percent(row.tax_rate)}</Table.Cell>
              <Table.Cell className="text-right">{formatMoney(row.taxable_amount, doc.currency_code)}</Table.Cell>
              <Table.Cell className="text-right">{formatMoney(row.tax_amount, doc.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Section>
    <Section title="Due schedule">
      {doc.due_schedule?.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell>Early payment discount</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {doc.due_schedule.map((d) => (
              <Table.Row key={d.due_date}>
                <Table.Cell>{day(d.due_date)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(d.amount, doc.currency_code)}</Table.Cell>
                <Table.Cell>
                  {d.discount_percent ? `${percent(d.discount_percent)} until ${day(d.discount_until)}` : "—"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {doc.kind === "credit_note" ? "A credit note has no due date." : "No due schedule."}
        </Text>
      )}
    </Section>
  </div>
)

/** Where an invoice on account stands: paid, credited, open, and each instalment's state. */
const Payment = ({ doc, receivable }: { doc: InvoiceDetail; receivable: InvoiceReceivable }) => (
  <Section title="Payment">
    <div className="grid grid-cols-3 gap-4 px-6 py-4">
      <Field label="Paid">{formatMoney(receivable.paid, doc.currency_code)}</Field>
      <Field label="Credited">{formatMoney(receivable.credited, doc.currency_code)}</Field>
      <Field label="Open">{formatMoney(receivable.open, doc.currency_code)}</Field>
    </div>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Due</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Open</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {receivable.instalments.map((i) => (
          <Table.Row key={i.entry_id}>
            <Table.Cell>{day(i.due_date)}</Table.Cell>
            <Table.Cell className="text-right">{formatMoney(i.amount, doc.currency_code)}</Table.Cell>
            <Table.Cell className="text-right">{formatMoney(i.open, doc.currency_code)}</Table.Cell>
            <Table.Cell className="text-right">
              {i.overdue ? (
                <Badge size="2xsmall" color="red">
                  Overdue
                </Badge>
              ) : (
                Number(i.open) === 0 && (
                  <Badge size="2xsmall" color="green">
                    Settled
                  </Badge>
                )
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
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
                <Link to={`/invoices/${n.id}`} className="text-ui-fg-interactive">
                  {n.number}
                </Link>
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

const InvoiceDetailPage = () => {
  const { id } = useParams()
  const { data, error, isLoading } = useQuery({
    queryKey: documentKey(id!),
    queryFn: () => sdk.client.fetch<{ invoice: InvoiceDetail }>(`/admin/invoices/${id}`),
  })
  const doc = data?.invoice
  if (isLoading) {
    return (
      <Container>
        <Text>Loading...</Text>
      </Container>
    )
  }
  if (!doc) {
    return (
      <Container>
        <Text className="text-ui-fg-error">{error ? errorMessage(error) : "Not found"}</Text>
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Header doc={doc} />
      <Lines doc={doc} />
      <VatAndDue doc={doc} />
      {doc.kind === "invoice" && doc.receivable && <Payment doc={doc} receivable={doc.receivable} />}
      {doc.kind === "invoice" && <CreditNotes doc={doc} />}
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
