import Medusa from "@medusajs/js-sdk"

// The admin is served by the Medusa server itself, so relative URLs reach it;
// the session cookie of the logged-in admin authenticates the calls.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
