import { Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { errorMessage } from "../lib/format"
import { DOCUMENTS, fetchPdf } from "../lib/invoices"

/** A PDF held in memory, shown inline through an object URL released when it goes. */
export const PdfFrame = ({ blob, title, testId }: { blob: Blob; title: string; testId?: string }) => {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([blob], { type: "application/pdf" }))
    setUrl(objectUrl)
    return () => URL.revokeObjectURL(objectUrl)
  }, [blob])
  return url ? (
    <iframe title={title} src={url} className="h-[800px] w-full rounded-md border" data-testid={testId} />
  ) : null
}

/** The rendered PDF, shown inline from a blob (the route itself answers with a download). */
export const PdfPreview = ({ id, title }: { id: string; title: string }) => {
  const { data, error, isLoading } = useQuery({
    queryKey: [DOCUMENTS, "pdf", id],
    queryFn: () => fetchPdf(id),
    staleTime: Number.POSITIVE_INFINITY,
  })
  if (isLoading) return <Text size="small">Loading the PDF...</Text>
  if (error)
    return (
      <Text className="text-ui-fg-error" size="small">
        {errorMessage(error)}
      </Text>
    )
  return data ? <PdfFrame blob={data} title={title} /> : null
}
