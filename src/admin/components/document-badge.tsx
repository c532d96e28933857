import { Badge } from "@medusajs/ui"
import type { DeliveryStatus, InvoiceStatus, RenderStatus } from "../lib/types"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const STATES: {
  status: Record<InvoiceStatus, [string, Color]>
  render: Record<RenderStatus, [string, Color]>
  delivery: Record<DeliveryStatus, [string, Color]>
} = {
  status: {
    issued: ["Issued", "blue"],
    partially_paid: ["Partially paid", "orange"],
    paid: ["Paid", "green"],
    partially_credited: ["Partially credited", "purple"],
    // Stored as `void` (API clients read it); a person reads "Credited".
    void: ["Credited", "grey"],
  },
  render: {
    pending: ["Rendering", "orange"],
    rendered: ["Rendered", "green"],
    failed: ["Render failed", "red"],
  },
  delivery: { not_sent: ["Not sent", "grey"], sent: ["Sent", "green"], failed: ["Sending failed", "red"] },
}

type Props =
  | { kind: "status"; value: InvoiceStatus }
  | { kind: "render"; value: RenderStatus }
  | { kind: "delivery"; value: DeliveryStatus; late?: boolean }

/** One badge for a document's payment status, render state or delivery state (sent late, when it was). */
export const DocumentBadge = (props: Props) => {
  const { kind, value } = props
  const [label, color]: [string, Color] =
    kind === "delivery" && value === "sent" && props.late
      ? ["Sent late", "orange"]
      : ((STATES[kind] as Record<string, [string, Color]>)[value] ?? [value, "grey"])
  return (
    <Badge size="2xsmall" color={color} data-testid={`document-${kind}-badge`}>
      {label}
    </Badge>
  )
}
