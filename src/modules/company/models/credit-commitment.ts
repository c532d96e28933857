import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

/**
 * Credit taken by one on-account cart. `reserved` while the cart completes,
 * `open` once its order exists, `invoiced` once invoiced in full, `released` when the
 * completion failed or the order was canceled. The company's
 * uninvoiced_exposure is the sum of reserved and open commitments.
 */
export const CreditCommitment = model
  .define("credit_commitment", {
    id: model.id({ prefix: "ccom" }).primaryKey(),
    cart_id: model.text(),
    payment_session_id: model.text().nullable(),
    order_id: model.text().nullable(),
    amount: model.bigNumber(),
    // How much of the order has been invoiced: that part has moved from the
    // company's uninvoiced exposure to its receivables.
    invoiced_amount: model.bigNumber().default(0),
    currency_code: model.text(),
    status: model.enum(["reserved", "open", "invoiced", "released"]).default("reserved"),
    // Approved over the limit by this override.
    override_id: model.text().nullable(),
    // The payment term as it was when the order was placed.
    payment_term: model.json().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "commitments" }),
  })
  .indexes([
    { on: ["cart_id"], unique: true },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["payment_session_id"], where: "payment_session_id IS NOT NULL" },
  ])
