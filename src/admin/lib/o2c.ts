import { useQuery } from "@tanstack/react-query"
import type { AdminO2cStatusResponse } from "../../api/admin/o2c/status/route"
import type { O2cFeature, SwitchableFeature } from "../../modules/o2c/options"
import { sdk } from "./sdk"

// The route's own response and the options' feature names (type-only: erased from the bundle).
export type O2cStatus = AdminO2cStatusResponse["status"]
export type { O2cFeature, SwitchableFeature }

/** The plugin's status; it changes only with a restart, so it is fetched once per admin session. */
export const useO2cStatus = () =>
  useQuery({
    queryKey: ["o2c-status"],
    queryFn: () => sdk.client.fetch<AdminO2cStatusResponse>("/admin/o2c/status"),
    staleTime: Number.POSITIVE_INFINITY,
  })

/**
 * Whether a feature runs: undefined until known. A status that cannot be
 * loaded counts as running, so the pages show their own errors.
 */
export function useFeature(feature: SwitchableFeature): boolean | undefined {
  const { data, error } = useO2cStatus()
  if (error) return true
  return data ? data.status.features[feature] !== false : undefined
}
