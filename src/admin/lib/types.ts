export type Company = {
  id: string
  name: string
  legal_name: string
  vat_number: string | null
  registration_id: string | null
  billing_email: string
  currency_code: string
  status: "active" | "on_hold" | "closed"
  hold_reason: string | null
  credit_limit: number | null
  exposure: number
  available_credit: number | null
  payment_term_id: string | null
  payment_term?: { id: string; name: string } | null
  buyers?: { id: string; customer_id: string; role: "buyer" | "admin"; customer?: { email: string; first_name?: string; last_name?: string } }[]
}

export type PaymentTerm = {
  id: string
  code: string
  name: string
  description: string | null
  instalments: {
    portion_percent: number
    rule: { type: string; days?: number; months?: number }
    discount?: { percent: number; days: number } | null
  }[]
}

export type CreditEvent = {
  id: string
  type: string
  actor_id: string | null
  reason: string | null
  from_value: Record<string, unknown> | null
  to_value: Record<string, unknown> | null
  created_at: string
}
