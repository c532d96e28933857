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
    void: ["Void", "grey"],
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
  | { kind: "delivery"; value: DeliveryStatus }

/** One badge for a document's payment status, render state or delivery state. */
export const DocumentBadge = ({ kind, value }: Props) => {
  const [label, color] = (STATES[kind] as Record<string, [string, Color]>)[value] ?? [value, "grey"]
  return (
    <Badge size="2xsmall" color={color}>
      {label}
    </Badge>
  )
}
