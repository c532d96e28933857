import { Text } from "@medusajs/ui"
import { formatMoney } from "../lib/money"
import type { Company } from "../lib/types"

/**
 * How much of the credit line is used: green, amber past 80 %, red past
 * 100 %. A company on hold or closed may not buy on account whatever its
 * limit, so the gauge says blocked and shows the headroom only as what a
 * release would give back.
 */
export const ExposureGauge = ({ company }: { company: Company }) => {
  if (company.credit_limit === null) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="exposure-gauge-no-credit">
        No credit line: pay on account is not available.
      </Text>
    )
  }
  const blocked = company.status !== "active"
  const used = company.credit_limit > 0 ? (company.exposure / company.credit_limit) * 100 : 100
  const color =
    blocked || used >= 100
      ? "bg-ui-tag-red-icon"
      : used >= 80
        ? "bg-ui-tag-orange-icon"
        : "bg-ui-tag-green-icon"
  return (
    <div className="flex flex-col gap-y-2" data-testid="exposure-gauge" data-blocked={blocked}>
      <div className="bg-ui-bg-subtle h-3 w-full overflow-hidden rounded-full">
        <div className={`${color} h-full`} style={{ width: `${blocked ? 100 : Math.min(used, 100)}%` }} />
      </div>
      <div className="flex justify-between">
        <Text size="small">
          Exposure {formatMoney(company.exposure, company.currency_code)} ({Math.round(used)} %)
        </Text>
        {blocked ? (
          <Text
            size="small"
            weight="plus"
            className="text-ui-fg-error"
            data-testid="exposure-gauge-available"
          >
            Blocked: {company.status === "on_hold" ? "on hold" : "account closed"}
          </Text>
        ) : (
          <Text size="small" weight="plus" data-testid="exposure-gauge-available">
            Available {formatMoney(company.available_credit, company.currency_code)}
          </Text>
        )}
      </div>
      {blocked && (
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="exposure-gauge-headroom">
          Pay on account is refused. Headroom under the limit, if released:{" "}
          {formatMoney(company.available_credit, company.currency_code)}
        </Text>
      )}
    </div>
  )
}
