import { Text } from "@medusajs/ui"
import { money } from "../lib/format"
import type { Company } from "../lib/types"

/** How much of the credit line is used: green, amber past 80 %, red past 100 %. */
export const ExposureGauge = ({ company }: { company: Company }) => {
  if (company.credit_limit === null) {
    return <Text size="small" className="text-ui-fg-subtle">No credit line: pay on account is not available.</Text>
  }
  const used = company.credit_limit > 0 ? (company.exposure / company.credit_limit) * 100 : 100
  const color = used >= 100 ? "bg-ui-tag-red-icon" : used >= 80 ? "bg-ui-tag-orange-icon" : "bg-ui-tag-green-icon"
  return (
    <div className="flex flex-col gap-y-2">
      <div className="bg-ui-bg-subtle h-3 w-full overflow-hidden rounded-full">
        <div className={`${color} h-full`} style={{ width: `${Math.min(used, 100)}%` }} />
      </div>
      <div className="flex justify-between">
        <Text size="small">Exposure {money(company.exposure, company.currency_code)} ({Math.round(used)} %)</Text>
        <Text size="small" weight="plus">Available {money(company.available_credit, company.currency_code)}</Text>
      </div>
    </div>
  )
}
