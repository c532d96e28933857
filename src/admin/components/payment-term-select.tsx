import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { PaymentTerm } from "../lib/types"
import { OptionSelect } from "./option-select"

export const usePaymentTerms = () =>
  useQuery({
    queryKey: ["payment-terms"],
    queryFn: () => sdk.client.fetch<{ payment_terms: PaymentTerm[] }>("/admin/payment-terms"),
  })

/** A choice among the payment term templates. */
export const PaymentTermSelect = (props: {
  value?: string
  placeholder: string
  onChange: (id: string) => void
}) => {
  const { data } = usePaymentTerms()
  return (
    <OptionSelect
      {...props}
      options={(data?.payment_terms ?? []).map((term) => [term.id, term.name] as const)}
    />
  )
}
