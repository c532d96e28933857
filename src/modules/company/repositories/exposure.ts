import { MathBN } from "@medusajs/framework/utils"
import type { Manager } from "../../../lib/manager"

export type ExposureDrift = { company_id: string; stored: string; recomputed: string; difference: string }

/**
 * Companies whose stored uninvoiced exposure differs from the sum of their
 * reserved and open commitments (what each has not invoiced yet).
 */
export async function uninvoicedExposureDrifts(
  manager: Manager,
  companyId?: string
): Promise<ExposureDrift[]> {
  const rows = await manager.execute(
    `SELECT c.id, c.uninvoiced_exposure::text AS stored,
            COALESCE(SUM(GREATEST(cc.amount - cc.invoiced_amount, 0)) FILTER (WHERE cc.status IN ('reserved', 'open')), 0)::text AS recomputed
       FROM company c
       LEFT JOIN credit_commitment cc ON cc.company_id = c.id AND cc.deleted_at IS NULL
      WHERE c.deleted_at IS NULL ${companyId ? "AND c.id = ?" : ""}
      GROUP BY c.id, c.uninvoiced_exposure
     HAVING c.uninvoiced_exposure <> COALESCE(SUM(GREATEST(cc.amount - cc.invoiced_amount, 0)) FILTER (WHERE cc.status IN ('reserved', 'open')), 0)`,
    companyId ? [companyId] : []
  )
  return rows.map((r) => ({
    company_id: r.id,
    stored: r.stored,
    recomputed: r.recomputed,
    difference: MathBN.sub(r.stored, r.recomputed).toString(),
  }))
}
