import { decideClaim } from "../../../../dunning/decisions"

/** POST /admin/dunning-claims/:id/debit: the claim becomes a debit note, booked in the ledger. */
export const POST = decideClaim("debit")
