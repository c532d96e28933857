import type { Instalment } from "./due-schedule"

const net = (days: number): Instalment[] => [{ portion_percent: 100, rule: { type: "days_after_invoice", days } }]

/** The terms every store starts with (seeded by the demo, creatable through the admin API). */
export const STANDARD_PAYMENT_TERMS: { code: string; name: string; instalments: Instalment[] }[] = [
  { code: "due_on_receipt", name: "Due on receipt", instalments: net(0) },
  { code: "net_15", name: "Net 15", instalments: net(15) },
  { code: "net_30", name: "Net 30", instalments: net(30) },
  { code: "net_45", name: "Net 45", instalments: net(45) },
  { code: "net_60", name: "Net 60", instalments: net(60) },
  {
    code: "2_10_net_30",
    name: "2/10 Net 30",
    instalments: [
      { portion_percent: 100, rule: { type: "days_after_invoice", days: 30 }, discount: { percent: 2, days: 10 } },
    ],
  },
  {
    code: "45_days_end_of_month",
    name: "45 days end of month",
    instalments: [{ portion_percent: 100, rule: { type: "days_then_end_of_month", days: 45 } }],
  },
  {
    code: "split_30_70",
    name: "30/70 split (30 % at 30 days, 70 % at 60 days)",
    instalments: [
      { portion_percent: 30, rule: { type: "days_after_invoice", days: 30 } },
      { portion_percent: 70, rule: { type: "days_after_invoice", days: 60 } },
    ],
  },
]
