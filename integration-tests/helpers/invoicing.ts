import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Headers } from "./admin"
import { eventually } from "./b2b"

/** Ships order lines as a warehouse would: a fulfillment, then its shipment. Returns the fulfillment id. */
export async function ship(
  api: any,
  admin: Headers,
  orderId: string,
  items: Array<{ id: string; quantity: number }>,
  locationId: string
) {
  const { data } = await api.post(
    `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id,fulfillments.created_at,fulfillments.shipped_at`,
    { items, location_id: locationId },
    admin
  )
  const fulfillment = data.order.fulfillments.find((f: { shipped_at: string | null }) => !f.shipped_at)
  await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments`, { items }, admin)
  return fulfillment.id as string
}

/** Ships every line of the order in full. */
export function shipAll(
  api: any,
  admin: Headers,
  order: { id: string; items: Array<{ id: string; quantity: number }> },
  locationId: string
) {
  const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
  return ship(api, admin, order.id, items, locationId)
}

/** The order's issued documents of a kind, waiting until `count` exist and are rendered. */
export async function documentsOf(
  api: any,
  admin: Headers,
  orderId: string,
  { kind = "invoice", count = 1 }: { kind?: "invoice" | "credit_note"; count?: number } = {}
) {
  const path = kind === "invoice" ? "/admin/invoices" : "/admin/credit-notes"
  const key = kind === "invoice" ? "invoices" : "credit_notes"
  return eventually(async () => {
    const { data } = await api.get(`${path}?order_id=${orderId}&limit=100`, admin)
    expect(data[key]).toHaveLength(count)
    for (const document of data[key]) {
      expect(document.render_status).toBe("rendered")
    }
    return data[key] as any[]
  }, 30_000)
}

/** The text of a PDF as pdftotext (poppler-utils) reads it. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "o2c-pdf-"))
  try {
    writeFileSync(join(dir, "doc.pdf"), pdf)
    return execFileSync("pdftotext", ["-layout", join(dir, "doc.pdf"), "-"], { encoding: "utf8" })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
