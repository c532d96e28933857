import { Alert, Button, Copy, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { errorMessage } from "../lib/format"
import { seriesOf } from "../lib/invoices"
import { sdk } from "../lib/sdk"
import type { InvoiceDetail, SeriesVerification } from "../lib/types"
import { FieldGrid, Section } from "./detail-section"

const HashValue = ({ value }: { value: string | null }) =>
  value ? (
    <span className="flex items-center gap-x-1">
      <code className="txt-compact-xsmall font-mono" title={value}>
        {value.length > 20 ? `${value.slice(0, 12)}…${value.slice(-8)}` : value}
      </code>
      <Copy content={value} />
    </span>
  ) : (
    <span>— (first of its series)</span>
  )

/** A document's place in its hash chain, and a check of the whole series. */
export const DocumentIntegrity = ({ doc }: { doc: InvoiceDetail }) => {
  const series = seriesOf(doc)
  const verify = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ verification: SeriesVerification }>(
        `/admin/invoice-series/${encodeURIComponent(series)}/verify`
      ),
    onError: (e) => toast.error(errorMessage(e)),
  })
  const result = verify.data?.verification
  return (
    <Section
      title="Integrity"
      actions={
        <Button size="small" variant="secondary" isLoading={verify.isPending} onClick={() => verify.mutate()}>
          Verify series {series}
        </Button>
      }
    >
      <FieldGrid
        className="grid-cols-1 md:grid-cols-2"
        fields={[
          ["Hash", <HashValue key="hash" value={doc.hash} />],
          ["Previous hash", <HashValue key="previous" value={doc.previous_hash} />],
        ]}
      />
      {result && (
        <div className="px-6 py-4">
          <Alert variant={result.valid ? "success" : "error"}>
            {result.valid
              ? `Series ${result.series}: the ${result.documents} documents form an unbroken chain.`
              : `Series ${result.series} (${result.documents} documents) is broken at ${result.first_broken?.number}: ${result.first_broken?.reason}`}
          </Alert>
        </div>
      )}
    </Section>
  )
}
