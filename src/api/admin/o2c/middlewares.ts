import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { SellerIdentityOptionsSchema } from "../../../modules/invoicing/seller"
import { requireFeature } from "../../../modules/o2c/feature-gate"
import { AdminReconcileExposure } from "./validators"

export const adminO2cMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/o2c/seller-identity", middlewares: [requireFeature("invoicing")] },
  {
    matcher: "/admin/o2c/exposure-drift",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReconcileExposure)],
  },
  {
    matcher: "/admin/o2c/seller-identity",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(SellerIdentityOptionsSchema)],
  },
]
