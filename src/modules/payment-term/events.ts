/**
 * The payment-term context's events: names and payloads, the contract
 * webhooks publish (changing one is a breaking change).
 */

/** Emitted after a payment term is created. */
export const PAYMENT_TERM_CREATED = "payment_term.created"
export type PaymentTermCreatedPayload = { id: string; code: string }

/** Emitted after a payment term is edited; `version` moves when its instalments change. */
export const PAYMENT_TERM_UPDATED = "payment_term.updated"
export type PaymentTermUpdatedPayload = { id: string; code: string; version: number }

/** Emitted after an unused payment term is deleted. */
export const PAYMENT_TERM_DELETED = "payment_term.deleted"
export type PaymentTermDeletedPayload = { id: string; code: string }
