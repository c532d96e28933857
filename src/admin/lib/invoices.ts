import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { InvoiceDetail, OrderInvoicing } from "./types"

/** Query keys: every list of documents starts with DOCUMENTS, so one invalidation refreshes them all. */
export const DOCUMENTS = "o2c-documents"
export const documentKey = (id: string) => [DOCUMENTS, "detail", id]

export type DocumentFile = "pdf" | "cii" | "ubl"

const BACKEND = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")

/** Where a document's rendered file downloads from; the admin session cookie authenticates it. */
export const fileUrl = (id: string, file: DocumentFile) =>
  file === "pdf"
    ? `${BACKEND}/admin/invoices/${id}/pdf`
    : `${BACKEND}/admin/invoices/${id}/xml?format=${file}`

/** The PDF as a blob (the route answers with an attachment, which an iframe would download instead of showing). */
export async function fetchPdf(id: string) {
  const response = await fetch(fileUrl(id, "pdf"), { credentials: "include" })
  if (!response.ok) {
    const body = await response.json().catch(() => null)
    throw new Error(body?.message ?? `The PDF could not be loaded (${response.status})`)
  }
  return response.blob()
}

/** Serial ("INV-2026") of a number ("INV-2026-000042"), when the document does not carry it. */
export const seriesOf = (doc: { series: string | null; number: string }) =>
  doc.series ?? doc.number.replace(/-\d+$/, "")

/** Actions on one document (render again, send again); they refresh every list and the detail. */
export function useDocumentAction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: { action: "render" | "send"; body?: { to?: string } }) =>
      sdk.client.fetch<{ invoice: InvoiceDetail }>(`/admin/invoices/${id}/${action}`, {
        method: "POST",
        body: body ?? {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: [DOCUMENTS] }),
  })
}

/** An order's invoices, whether anything is left to invoice (and why not), and how it was paid. */
export const useOrderInvoicing = (orderId: string) =>
  useQuery({
    queryKey: [DOCUMENTS, "order", orderId, "invoicing"],
    queryFn: () => sdk.client.fetch<OrderInvoicing>(`/admin/orders/${orderId}/invoices`),
  })
