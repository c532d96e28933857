export const COMPANY_FIELDS = [
  "id",
  "name",
  "legal_name",
  "vat_number",
  "registration_id",
  "billing_email",
  "billing_address",
  "currency_code",
  "status",
  "hold_reason",
  "hold_buyer_message",
  "held_at",
  "held_by",
  "credit_limit",
  "uninvoiced_exposure",
  "receivables_exposure",
  "payment_term_id",
  "metadata",
  "created_at",
  "updated_at",
]

export const COMPANY_DETAIL_FIELDS = [...COMPANY_FIELDS, "buyers.id", "buyers.customer_id", "buyers.role", "buyers.customer.*", "payment_term.*"]
