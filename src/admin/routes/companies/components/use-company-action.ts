import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../../lib/sdk"
import type { Company } from "../../../lib/types"

export type CompanyAction = (path: string, body?: object, method?: string) => Promise<{ company?: Company }>

/**
 * Calls POST/DELETE /admin/companies/:id{path} and refreshes the company and
 * its timeline; the caller says what succeeded (toast) or failed.
 */
export const useCompanyAction = (id: string | undefined): CompanyAction => {
  const client = useQueryClient()
  const call = useMutation({
    mutationFn: ({ path, method = "POST", body }: { path: string; method?: string; body?: object }) =>
      sdk.client.fetch<{ company?: Company }>(`/admin/companies/${id}${path}`, { method, body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["company", id] })
      client.invalidateQueries({ queryKey: ["company-history", id] })
    },
  })
  return (path, body, method) => call.mutateAsync({ path, body, method })
}
