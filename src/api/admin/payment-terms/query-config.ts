export const PAYMENT_TERM_FIELDS = [
  "id",
  "code",
  "name",
  "description",
  "version",
  "instalments",
  "metadata",
  "created_at",
  "updated_at",
]
