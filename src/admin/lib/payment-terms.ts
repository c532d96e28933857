import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { Instalment } from "./payment-term-rows"
import { sdk } from "./sdk"
import type { PaymentTerm, PaymentTermUsage } from "./types"

// The same key as the payment-term select of the company pages, so they refresh together.
const TERMS_KEY = ["payment-terms"]

type TermList = { payment_terms: PaymentTerm[]; count: number; max_payment_term_days: number }

export const usePaymentTermList = () =>
  useQuery({
    queryKey: TERMS_KEY,
    queryFn: () => sdk.client.fetch<TermList>("/admin/payment-terms"),
  })

/** Who uses a term: asked right before deleting it, so the confirmation can say. */
export const fetchPaymentTermUsage = (id: string) =>
  sdk.client.fetch<{ payment_term: PaymentTerm; usage: PaymentTermUsage }>(`/admin/payment-terms/${id}`)

export type PaymentTermBody = {
  code?: string
  name: string
  description: string | null
  instalments: Instalment[]
}

/** Creates a term, or edits one when given its id. */
export const useSavePaymentTerm = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: PaymentTermBody }) =>
      sdk.client.fetch<{ payment_term: PaymentTerm }>(
        id ? `/admin/payment-terms/${id}` : "/admin/payment-terms",
        {
          method: "POST",
          body,
        }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: TERMS_KEY }),
  })
}

export const useDeletePaymentTerm = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/payment-terms/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: TERMS_KEY }),
  })
}
