/** Emitted after a payment term is created: `{ id, code }`. */
export const PAYMENT_TERM_CREATED = "payment_term.created"
/** Emitted after a payment term is edited: `{ id, code, version }` (the version moves when the instalments change). */
export const PAYMENT_TERM_UPDATED = "payment_term.updated"
/** Emitted after an unused payment term is deleted: `{ id, code }`. */
export const PAYMENT_TERM_DELETED = "payment_term.deleted"
