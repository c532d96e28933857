// What `medusa-plugin-o2c/workflows` exposes to apps that build on the plugin.
export * from "./company/confirm-on-account-order"
export * from "./company/release-order-credit"
export * from "./invoicing/issue-credit-note"
export * from "./invoicing/issue-order-invoice"
export * from "./invoicing/render-invoice-files"
export * from "./invoicing/send-invoice"
