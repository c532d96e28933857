import { decideClaim } from "../../../../dunning/decisions"

/** POST /admin/dunning-claims/:id/waive: the claim is never charged; the reason is kept. */
export const POST = decideClaim("waive")
