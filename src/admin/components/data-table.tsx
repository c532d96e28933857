import { clx, Table } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A column heading; amount columns are right-aligned so their heading sits over the figures. */
export type Column = { label: string; className?: string }

/** A right-aligned column, for amounts and quantities. */
export const right = (label: string): Column => ({ label, className: "text-right" })

/**
 * The header row of a table: a string is a plain column, "" the unlabelled
 * one (row actions), false a column left out for this table.
 */
export const TableHead = ({ columns }: { columns: (string | Column | false)[] }) => (
  <Table.Header>
    <Table.Row>
      {columns
        .filter((column) => column !== false)
        .map((column) => {
          const { label, className } = typeof column === "string" ? { label: column } : column
          // A table's headings are distinct (it has at most one unlabelled column): each is its column's key.
          return (
            <Table.HeaderCell key={label} className={className}>
              {label || null}
            </Table.HeaderCell>
          )
        })}
    </Table.Row>
  </Table.Header>
)

/** Page controls of a list fetched by offset, a page of pageSize rows at a time. */
export const OffsetPagination = (props: {
  count: number
  pageSize: number
  offset: number
  onOffsetChange: (offset: number) => void
}) => {
  const { count, pageSize, offset } = props
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={Math.floor(offset / pageSize)}
      pageCount={Math.max(1, Math.ceil(count / pageSize))}
      canPreviousPage={offset > 0}
      canNextPage={offset + pageSize < count}
      previousPage={() => props.onOffsetChange(Math.max(0, offset - pageSize))}
      nextPage={() => props.onOffsetChange(offset + pageSize)}
    />
  )
}

/** A column of a DataTable: its heading, and what each row shows under it. */
export type DataColumn<Row> = Column & { cell: (row: Row) => ReactNode; cellClassName?: string }

/** A table of one row per record; false leaves a column out of this table. */
export const DataTable = <Row,>(props: {
  columns: (DataColumn<Row> | false)[]
  rows: Row[]
  rowKey: (row: Row) => string
  /** A row said before the records' rows, such as "Loading...". */
  note?: ReactNode
  testId?: string
}) => {
  const columns = props.columns.filter((column) => column !== false)
  return (
    <Table data-testid={props.testId}>
      <TableHead columns={columns} />
      <Table.Body>
        {props.note && (
          <Table.Row>
            <Table.Cell>{props.note}</Table.Cell>
          </Table.Row>
        )}
        {props.rows.map((row) => (
          <Table.Row key={props.rowKey(row)}>
            {columns.map((column) => (
              <Table.Cell key={column.label} className={clx(column.className, column.cellClassName)}>
                {column.cell(row)}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
