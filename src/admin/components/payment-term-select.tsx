import { Select } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { PaymentTerm } from "../lib/types"

export const usePaymentTerms = () =>
  useQuery({
    queryKey: ["payment-terms"],
    queryFn: () => sdk.client.fetch<{ payment_terms: PaymentTerm[] }>("/admin/payment-terms"),
  })

/** A choice among the payment term templates. */
export const PaymentTermSelect = (props: { value?: string; placeholder: string; onChange: (id: string) => void }) => {
  const { data } = usePaymentTerms()
  return (
    <Select value={props.value} onValueChange={props.onChange}>
      <Select.Trigger>
        <Select.Value placeholder={props.placeholder} />
      </Select.Trigger>
      <Select.Content>
        {data?.payment_terms.map((t) => (
          <Select.Item key={t.id} value={t.id}>
            {t.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
