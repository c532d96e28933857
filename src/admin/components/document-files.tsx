import { Button, Text, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/format"
import { type DocumentFile, fileUrl, useDocumentAction } from "../lib/invoices"
import type { InvoiceSummary } from "../lib/types"
import { DocumentBadge } from "./document-badge"

const FILES: [DocumentFile, string][] = [
  ["pdf", "PDF"],
  ["cii", "CII"],
  ["ubl", "UBL"],
]

/** PDF / CII / UBL download links, once the files are rendered. */
export const DocumentDownloads = ({ doc }: { doc: Pick<InvoiceSummary, "id" | "render_status"> }) => {
  if (doc.render_status !== "rendered") {
    return (
      <Text size="xsmall" className="text-ui-fg-muted">
        Files not rendered yet
      </Text>
    )
  }
  return (
    <div className="flex items-center gap-x-2">
      {FILES.map(([file, label]) => (
        <a
          key={file}
          href={fileUrl(doc.id, file)}
          download
          className="text-ui-fg-interactive txt-compact-xsmall-plus"
        >
          {label}
        </a>
      ))}
    </div>
  )
}

/** The render state; when it failed, the error and a button to render again now. */
export const RenderState = ({
  doc,
}: {
  doc: Pick<InvoiceSummary, "id" | "number" | "render_status" | "render_error" | "render_attempts">
}) => {
  const action = useDocumentAction(doc.id)
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <DocumentBadge kind="render" value={doc.render_status} />
        {doc.render_status === "failed" && (
          <Button
            size="small"
            variant="transparent"
            isLoading={action.isPending}
            onClick={() =>
              action.mutate(
                { action: "render" },
                {
                  onSuccess: ({ invoice }) =>
                    invoice.render_status === "rendered"
                      ? toast.success(`${doc.number} rendered`)
                      : toast.error(
                          `${doc.number} still not rendered${invoice.render_error ? `: ${invoice.render_error}` : ""}`
                        ),
                  onError: (e) => toast.error(errorMessage(e)),
                }
              )
            }
          >
            Retry render
          </Button>
        )}
      </div>
      {doc.render_status === "failed" && doc.render_error && (
        <Text size="xsmall" className="text-ui-fg-error">
          {doc.render_error} (attempt {doc.render_attempts})
        </Text>
      )}
    </div>
  )
}
