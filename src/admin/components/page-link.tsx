import type { ReactNode } from "react"
import { Link } from "react-router-dom"

/** A link to the admin page of one record: a company, an invoice or credit note, an order. */
export const PageLink = (props: {
  page: "companies" | "invoices" | "orders"
  id: string
  children: ReactNode
}) => (
  <Link to={`/${props.page}/${props.id}`} className="text-ui-fg-interactive">
    {props.children}
  </Link>
)

/** The order a document was issued for, "#1042", linked to it; a dash when there is none. */
export const OrderLink = ({ doc }: { doc: { order_id: string | null; order_display_id: string | null } }) =>
  doc.order_id ? (
    <PageLink page="orders" id={doc.order_id}>
      #{doc.order_display_id ?? doc.order_id}
    </PageLink>
  ) : (
    "—"
  )
