import { z } from "@medusajs/framework/zod"

export const AdminReconcileExposure = z.object({ fix: z.boolean().default(false) }).strict()
