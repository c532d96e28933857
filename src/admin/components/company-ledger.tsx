import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { day, errorMessage } from "../lib/format"
import { formatMoney } from "../lib/money"
import { ENTRY_LABEL, methodLabel, negated, RECEIVABLES } from "../lib/receivables"
import { sdk } from "../lib/sdk"
import type { Amount, Company, CompanyLedger as Ledger, LedgerEntry, OpenItem } from "../lib/types"
import { OffsetPagination, right, TableHead } from "./data-table"
import { PaymentActions } from "./payment-actions"
import { RecordPaymentDrawer } from "./record-payment-drawer"
import { StatementDrawer } from "./statement-drawer"
import { PageLink } from "./page-link"

const PAGE_SIZE = 50

/** The invoice or credit note an item comes from, linked to it. */
const DocumentLink = ({ item }: { item: Pick<OpenItem, "document_id" | "document_number"> }) =>
  item.document_id ? (
    <PageLink page="invoices" id={item.document_id}>
      {item.document_number ?? item.document_id}
    </PageLink>
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

/** A credit not yet allocated, by what it comes from: "Unallocated payment". */
const creditLabel = (item: OpenItem) =>
  item.type === "payment"
    ? "Unallocated payment"
    : `Unallocated ${(ENTRY_LABEL[item.type] ?? item.type).toLowerCase()}`

/**
 * What is owed and not paid, oldest due first, then the credits not yet
 * allocated, shown negative: they count against what is owed. The last row
 * is the balance they add up to.
 */
const OpenItems = ({ ledger }: { ledger: Ledger }) => {
  const currency = ledger.currency_code
  const debits = ledger.open_items.filter((item) => item.side === "debit")
  const credits = ledger.open_items.filter((item) => item.side === "credit")
  return (
    <div>
      <Heading level="h3" className="px-6 pt-4 pb-2">
        Open items
      </Heading>
      {ledger.open_items.length ? (
        <Table>
          <TableHead
            columns={["Item", "Document", "Date", "Due", "Days past due", right("Amount"), right("Open")]}
          />
          <Table.Body>
            {debits.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>{ENTRY_LABEL[item.type] ?? item.type}</Table.Cell>
                <Table.Cell>
                  <DocumentLink item={item} />
                </Table.Cell>
                <Table.Cell>{day(item.effective_date)}</Table.Cell>
                <Table.Cell>{day(item.due_date)}</Table.Cell>
                <Table.Cell>
                  <DaysPastDue days={item.days_past_due} />
                </Table.Cell>
                <Table.Cell className="text-right">{formatMoney(item.amount, currency)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(item.open, currency)}</Table.Cell>
              </Table.Row>
            ))}
            {credits.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>{creditLabel(item)}</Table.Cell>
                <Table.Cell>
                  <DocumentLink item={item} />
                </Table.Cell>
                <Table.Cell>{day(item.effective_date)}</Table.Cell>
                <Table.Cell>—</Table.Cell>
                <Table.Cell>—</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(negated(item.amount), currency)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(negated(item.open), currency)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.Cell className="txt-compact-small-plus">Balance</Table.Cell>
              {[1, 2, 3, 4, 5].map((n) => (
                <Table.Cell key={n} />
              ))}
              <Table.Cell className="txt-compact-small-plus text-right">
                {formatMoney(ledger.balance, currency)}
              </Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          Nothing open: every invoice is paid and every payment allocated.
        </Text>
      )}
    </div>
  )
}

/** What an entry is: its type, how a payment came, which instalment of an invoice, what a reversal undid. */
const describeEntry = (entry: LedgerEntry) => {
  const label = ENTRY_LABEL[entry.type] ?? entry.type
  const metadata = entry.metadata ?? {}
  const [title, ...details] = entry.reverses_entry_id
    ? [`Reversal of ${label.toLowerCase()}`, metadata.reason]
    : entry.type === "payment"
      ? [label, metadata.method && methodLabel(metadata.method), metadata.reference]
      : entry.side === "debit" && metadata.of && metadata.of > 1
        ? [label, `instalment ${metadata.instalment} of ${metadata.of}`]
        : [label]
  return [title, ...details.filter(Boolean)].join(" · ")
}

/** Every movement of the account, a page at a time, with actions on payments. */
const Entries = (props: { entries: LedgerEntry[]; currency: string; canAllocate: boolean }) => {
  // Reversals on the same page tell which payments are reversed; the reverse drawer checks the others.
  const reversed = new Set(props.entries.map((e) => e.reverses_entry_id).filter(Boolean))
  return (
    <Table>
      <TableHead
        columns={["Date", "Entry", "Document", "Due", right("Debit"), right("Credit"), right("Open"), ""]}
      />
      <Table.Body>
        {props.entries.map((entry) => (
          <Table.Row key={entry.id}>
            <Table.Cell>{day(entry.effective_date)}</Table.Cell>
            <Table.Cell className="max-w-[280px] truncate" title={describeEntry(entry)}>
              {describeEntry(entry)}
            </Table.Cell>
            <Table.Cell>
              <DocumentLink item={entry} />
            </Table.Cell>
            <Table.Cell>{day(entry.due_date)}</Table.Cell>
            <Table.Cell className="text-right">
              {entry.side === "debit" ? formatMoney(entry.amount, props.currency) : ""}
            </Table.Cell>
            <Table.Cell className="text-right">
              {entry.side === "credit" ? formatMoney(entry.amount, props.currency) : ""}
            </Table.Cell>
            <Table.Cell className="text-right">
              {Number(entry.unallocated) > 0 ? formatMoney(entry.unallocated, props.currency) : ""}
            </Table.Cell>
            <Table.Cell className="text-right">
              {entry.type === "payment" &&
                entry.side === "credit" &&
                !entry.reverses_entry_id &&
                (reversed.has(entry.id) ? (
                  <Badge size="2xsmall">Reversed</Badge>
                ) : (
                  <PaymentActions payment={entry} currency={props.currency} canAllocate={props.canAllocate} />
                ))}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** What the company owes (and how much of it is late), or what it has in credit. */
const BalanceLine = ({ ledger }: { ledger: Ledger }) => {
  const money = (value: Amount) => formatMoney(value, ledger.currency_code)
  if (Number(ledger.balance) < 0) {
    return (
      <div className="flex items-center gap-x-2">
        <Text size="small" className="text-ui-fg-subtle">
          In credit by {money(negated(ledger.balance))}: the company has paid more than it owes.
        </Text>
        <Badge size="2xsmall" color="blue">
          In credit
        </Badge>
      </div>
    )
  }
  if (Number(ledger.balance) === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Balance {money(0)}: nothing owed.
      </Text>
    )
  }
  return (
    <Text size="small" className="text-ui-fg-subtle">
      Owes {money(ledger.balance)}
      {Number(ledger.overdue) > 0 ? `, of which ${money(ledger.overdue)} overdue` : ", none of it overdue"} as
      of {day(ledger.as_of)}
    </Text>
  )
}

/** A company's receivables: balance, open items, the ledger's entries, payments and statements. */
export const CompanyLedger = ({ company }: { company: Pick<Company, "id" | "name" | "billing_email"> }) => {
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
          {data && <BalanceLine ledger={data} />}
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
      {data && data.count === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No entry yet: invoices issued on account and payments received show here. Orders on account not yet
          invoiced count in the exposure above, not in this ledger.
        </Text>
      )}
      {data && data.count > 0 && (
        <>
          <OpenItems ledger={data} />
          <div>
            <Heading level="h3" className="px-6 pt-4 pb-2">
              Entries
            </Heading>
            <Entries
              entries={data.entries}
              currency={data.currency_code}
              canAllocate={data.open_items.some((item) => item.side === "debit")}
            />
            <OffsetPagination
              count={data.count}
              pageSize={PAGE_SIZE}
              offset={offset}
              onOffsetChange={setOffset}
            />
          </div>
        </>
      )}
    </Container>
  )
}
