import { model } from "@medusajs/framework/utils"

/**
 * The seller identity saved from the admin settings page (one row). Its
 * fields override the plugin options' field by field; documents keep their
 * own snapshot, so changing it never changes an issued document.
 */
export const SellerProfile = model.define("seller_profile", {
  id: model.id({ prefix: "sprof" }).primaryKey(),
  identity: model.json(),
})
