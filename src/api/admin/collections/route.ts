import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { collectionsWorklist } from "../../../workflows/dunning/collections"
import type { AdminCollectionsParams } from "../../dunning/validators"

/** GET /admin/collections?collector_id=: the worklist, most urgent (amount × days late) first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, collector_id } = req.validatedQuery as z.infer<typeof AdminCollectionsParams>
  const { companies, count, as_of } = await collectionsWorklist(req.scope, { collector_id, limit, offset })
  res.json({ collections: companies, count, limit, offset, as_of })
}
