import { Heading, Table, Text } from "@medusajs/ui"
import { day } from "../lib/format"
import { formatMoney } from "../lib/money"
import { bucketLabel, negated, sumAmounts } from "../lib/receivables"
import type { Aging } from "../lib/types"
import { right, TableHead } from "./data-table"

/** Not yet due in green, the oldest column in red, the ones between in orange. */
const barColor = (index: number, count: number) =>
  index === 0 ? "bg-ui-tag-green-icon" : index === count - 1 ? "bg-ui-tag-red-icon" : "bg-ui-tag-orange-icon"

/** One column per bucket, as tall as its share of the largest bucket. */
const AgingChart = ({ aging }: { aging: Aging }) => {
  const largest = Math.max(0, ...aging.buckets.map((b) => Number(b.amount)))
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex h-48 items-end gap-x-3 border-b pb-px">
        {aging.buckets.map((bucket, index) => (
          <div key={bucket.key} className="flex h-full flex-1 flex-col items-center justify-end gap-y-1">
            <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
              {Number(bucket.amount) > 0 ? formatMoney(bucket.amount, aging.currency_code) : ""}
            </Text>
            <div
              title={`${bucketLabel(bucket)}: ${formatMoney(bucket.amount, aging.currency_code)}`}
              className={`${barColor(index, aging.buckets.length)} w-full rounded-t`}
              // The tallest bar leaves room for its label above it.
              style={{ height: `${largest > 0 ? (Number(bucket.amount) / largest) * 85 : 0}%` }}
            />
          </div>
        ))}
      </div>
      <div className="flex gap-x-3">
        {aging.buckets.map((bucket) => (
          <Text key={bucket.key} size="xsmall" className="text-ui-fg-subtle flex-1 text-center">
            {bucketLabel(bucket)}
          </Text>
        ))}
      </div>
    </div>
  )
}

const share = (part: number | string, total: number | string) =>
  Number(total) > 0 ? `${Math.round((Number(part) / Number(total)) * 100)} %` : "—"

/**
 * The open receivables of one currency by days past due: a table and its
 * chart. Credits not yet allocated (cash received, credit notes) count
 * against them: they show negative, with what is owed net of them.
 */
export const AgingReport = ({ aging }: { aging: Aging }) => {
  const currency = aging.currency_code
  const hasCredits = Number(aging.unallocated_credits) > 0
  if (Number(aging.total) === 0 && !hasCredits) {
    return (
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h3">{currency.toUpperCase()}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Nothing open on account in {currency.toUpperCase()} as of {day(aging.as_of)}.
        </Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h3">{currency.toUpperCase()}</Heading>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Table>
          <TableHead columns={["Days past due", right("Amount"), right("Share")]} />
          <Table.Body>
            {aging.buckets.map((bucket) => (
              <Table.Row key={bucket.key}>
                <Table.Cell>{bucketLabel(bucket)}</Table.Cell>
                <Table.Cell className="text-right">
                  {formatMoney(bucket.amount, aging.currency_code)}
                </Table.Cell>
                <Table.Cell className="text-right">{share(bucket.amount, aging.total)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row className="txt-compact-small-plus">
              <Table.Cell>Total open</Table.Cell>
              <Table.Cell className="text-right">{formatMoney(aging.total, currency)}</Table.Cell>
              <Table.Cell />
            </Table.Row>
            {hasCredits && (
              <>
                <Table.Row>
                  <Table.Cell className="text-ui-fg-subtle">Unallocated credits</Table.Cell>
                  <Table.Cell className="text-ui-fg-subtle text-right">
                    {formatMoney(negated(aging.unallocated_credits), currency)}
                  </Table.Cell>
                  <Table.Cell />
                </Table.Row>
                <Table.Row className="txt-compact-small-plus">
                  <Table.Cell>Net receivables</Table.Cell>
                  <Table.Cell className="text-right">
                    {formatMoney(sumAmounts([aging.total, negated(aging.unallocated_credits)]), currency)}
                  </Table.Cell>
                  <Table.Cell />
                </Table.Row>
              </>
            )}
          </Table.Body>
        </Table>
        <AgingChart aging={aging} />
      </div>
    </div>
  )
}
