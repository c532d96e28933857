import type { MiddlewareRoute } from "@medusajs/framework/http"
import { SellerIdentityOptionsSchema } from "../../../modules/invoicing/seller"
import { featureRoutes, postWithBody } from "../../middleware-routes"
import { AdminReconcileExposure } from "./validators"

export const adminO2cMiddlewares: MiddlewareRoute[] = [
  ...featureRoutes("invoicing", "/admin/o2c/seller-identity"),
  postWithBody("/admin/o2c/exposure-drift", AdminReconcileExposure),
  postWithBody("/admin/o2c/seller-identity", SellerIdentityOptionsSchema),
]
