import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { amount, day, errorMessage } from "../lib/format"
import { ENTRY_LABEL, methodLabel, negated, RECEIVABLES } from "../lib/receivables"
import { sdk } from "../lib/sdk"
import type { Company, CompanyLedger as Ledger, LedgerEntry, OpenItem } from "../lib/types"
import { PaymentActions } from "./payment-actions"
import { RecordPaymentDrawer } from "./record-payment-drawer"
import { StatementDrawer } from "./statement-drawer"

const PAGE_SIZE = 50

/** The invoice or credit note an item comes from, linked to it. */
const DocumentLink = ({ item }: { item: Pick<OpenItem, "document_id" | "document_number"> }) =>
  item.document_id ? (
    <Link to={`/invoices/${item.document_id}`} className="text-ui-fg-interactive">
      {item.document_number ?? item.document_id}
    </Link>
  ) : (
    <span>{item.document_number ?? "—"}</span>
  )

const DaysPastDue = ({ days }: { days: number | null }) => {
  if (days === null) return <span>—</span>
  if (days > 0) {
    return (
      <Badge size="2xsmall" color="red">
        {days} {days === 1 ? "day" : "days"} late
      </Badge>
    )
  }
  return <span className="text-ui-fg-subtle">{days === 0 ? "Due today" : "Not yet due"}</span>
}

/** What is owed and not paid, oldest due first; credits not yet allocated show as negative. */
const OpenItems = ({ items, currency }: { items: OpenItem[]; currency: string }) => (
  <div>
    <Heading level="h3" className="px-6 pt-4 pb-2">
      Open items
    </Heading>
    {items.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Item</Table.HeaderCell>
            <Table.HeaderCell>Document</Table.HeaderCell>
            <Table.HeaderCell>Due</Table.HeaderCell>
            <Table.HeaderCell>Days past due</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Open</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.Cell>
                {ENTRY_LABEL[item.type] ?? item.type}
                {item.side === "credit" && <span className="text-ui-fg-subtle"> · unallocated</span>}
              </Table.Cell>
              <Table.Cell>
                <DocumentLink item={item} />
              </Table.Cell>
              <Table.Cell>{day(item.due_date)}</Table.Cell>
              <Table.Cell>
                <DaysPastDue days={item.side === "debit" ? item.days_past_due : null} />
              </Table.Cell>
              <Table.Cell className="text-right">{amount(item.amount, currency)}</Table.Cell>
              <Table.Cell className="text-right">
                {amount(item.side === "credit" ? negated(item.open) : item.open, currency)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
        Nothing open: every invoice is paid and every payment allocated.
      </Text>
    )}
  </div>
)

/** What an entry is: its type, how a payment came, what a reversal undid. */
const EntryDescription = ({ entry }: { entry: LedgerEntry }) => {
  const details = entry.reverses_entry_id
    ? ["reversal", entry.metadata?.reason]
    : entry.type === "payment"
      ? [entry.metadata?.method && methodLabel(entry.metadata.method), entry.metadata?.reference]
      : []
  return (
    <span>
      {ENTRY_LABEL[entry.type] ?? entry.type}
      {details
        .filter(Boolean)
        .map((detail) => ` · ${detail}`)
        .join("")}
    </span>
  )
}

/** Every movement of the account, a page at a time, with actions on payments. */
const Entries = (props: { entries: LedgerEntry[]; currency: string }) => {
  // Reversals on the same page tell which payments are reversed; the reverse drawer checks the others.
  const reversed = new Set(props.entries.map((e) => e.reverses_entry_id).filter(Boolean))
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Date</Table.HeaderCell>
          <Table.HeaderCell>Entry</Table.HeaderCell>
          <Table.HeaderCell>Document</Table.HeaderCell>
          <Table.HeaderCell>Due</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Debit</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Credit</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Open</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {props.entries.map((entry) => (
          <Table.Row key={entry.id}>
            <Table.Cell>{day(entry.effective_date)}</Table.Cell>
            <Table.Cell className="max-w-[260px] truncate">
              <EntryDescription entry={entry} />
            </Table.Cell>
            <Table.Cell>
              <DocumentLink item={entry} />
            </Table.Cell>
            <Table.Cell>{day(entry.due_date)}</Table.Cell>
            <Table.Cell className="text-right">
              {entry.side === "debit" ? amount(entry.amount, props.currency) : ""}
            </Table.Cell>
            <Table.Cell className="text-right">
              {entry.side === "credit" ? amount(entry.amount, props.currency) : ""}
            </Table.Cell>
            <Table.Cell className="text-right">
              {Number(entry.unallocated) > 0 ? amount(entry.unallocated, props.currency) : ""}
            </Table.Cell>
            <Table.Cell className="text-right">
              {entry.type === "payment" &&
                entry.side === "credit" &&
                !entry.reverses_entry_id &&
                (reversed.has(entry.id) ? (
                  <Badge size="2xsmall">Reversed</Badge>
                ) : (
                  <PaymentActions payment={entry} currency={props.currency} />
                ))}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** A company's receivables: balance, open items, the ledger's entries, payments and statements. */
export const CompanyLedger = ({ company }: { company: Pick<Company, "id" | "name"> }) => {
  const [offset, setOffset] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: [RECEIVABLES, "ledger", company.id, offset],
    queryFn: () =>
      sdk.client.fetch<Ledger>(`/admin/companies/${company.id}/ledger`, {
        query: { limit: PAGE_SIZE, offset },
      }),
    placeholderData: keepPreviousData,
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Receivables ledger</Heading>
          {data && (
            <Text size="small" className="text-ui-fg-subtle">
              Balance {amount(data.balance, data.currency_code)}
              {Number(data.balance) < 0 && " (in credit)"}
            </Text>
          )}
        </div>
        {data && (
          <div className="flex items-center gap-x-2">
            <StatementDrawer company={company} currency={data.currency_code} />
            <RecordPaymentDrawer
              companyId={company.id}
              currency={data.currency_code}
              openDebits={data.open_items.filter((item) => item.side === "debit")}
            />
          </div>
        )}
      </div>
      {isLoading && (
        <Text size="small" className="px-6 py-4">
          Loading...
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load the ledger: {errorMessage(error)}
        </Text>
      )}
      {data && <OpenItems items={data.open_items} currency={data.currency_code} />}
      {data && (
        <div>
          <Heading level="h3" className="px-6 pt-4 pb-2">
            Entries
          </Heading>
          {data.entries.length ? (
            <Entries entries={data.entries} currency={data.currency_code} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
              No entry yet: issued invoices on account and payments received show here.
            </Text>
          )}
          <Table.Pagination
            count={data.count}
            pageSize={PAGE_SIZE}
            pageIndex={Math.floor(offset / PAGE_SIZE)}
            pageCount={Math.max(1, Math.ceil(data.count / PAGE_SIZE))}
            canPreviousPage={offset > 0}
            canNextPage={offset + PAGE_SIZE < data.count}
            previousPage={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            nextPage={() => setOffset(offset + PAGE_SIZE)}
          />
        </div>
      )}
    </Container>
  )
}
