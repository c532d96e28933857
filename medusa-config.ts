import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

type WorkerMode = "shared" | "server" | "worker"

function workerModeFromEnv(): WorkerMode {
  const mode = process.env.MEDUSA_WORKER_MODE ?? "shared"
  if (mode !== "shared" && mode !== "server" && mode !== "worker") {
    throw new Error(`MEDUSA_WORKER_MODE must be one of shared, server, worker (got "${mode}")`)
  }
  return mode
}

// With several processes (server + worker) events, workflow state, locks and
// caches must be shared, so REDIS_URL switches every infrastructure module to
// Redis at once. Without it Medusa's in-process defaults are used, which is
// only correct for a single process.
type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

function redisModules(redisUrl: string | undefined): ModuleEntry[] {
  if (!redisUrl) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

const workerMode = workerModeFromEnv()
const redisUrl = process.env.REDIS_URL || undefined

// The host app loads this package's own src/ (api, subscribers, jobs, links,
// workflows, admin) like any Medusa project; modules are registered here with
// the same options a merchant passes to the plugin.
// Only variables that are set: defineConfig's defaults (which read the same
// variables, and refuse default secrets in production) must not be replaced
// by undefined.
function definedOnly<T extends Record<string, string | undefined>>(values: T): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as Record<string, string>
}

// O2C_FEATURES_OFF=invoicing,receivables switches those contexts off (see
// SwitchableFeature in src/modules/o2c/options.ts).
const featuresOff = (process.env.O2C_FEATURES_OFF ?? "").split(",").map((f) => f.trim()).filter(Boolean)

const o2cOptions = {
  timeZone: process.env.O2C_TIME_ZONE,
  defaultLanguage: process.env.O2C_DEFAULT_LANGUAGE,
  invoicing: { trigger: process.env.O2C_INVOICE_TRIGGER },
  // O2C_DUNNING_SEND=off keeps the reminders runs write queued, unsent.
  dunning: {
    sendReminders: process.env.O2C_DUNNING_SEND ? process.env.O2C_DUNNING_SEND !== "off" : undefined,
    batchSize: process.env.O2C_DUNNING_BATCH_SIZE ? Number(process.env.O2C_DUNNING_BATCH_SIZE) : undefined,
  },
  features: Object.fromEntries(featuresOff.map((feature) => [feature, false])),
}

function emailProvider() {
  const url = process.env.SMTP_URL?.trim()
  if (!url) {
    return { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }
  }
  const from = process.env.SMTP_FROM?.trim()
  if (!from) {
    // Else every invoice would fail at its first send, long after the boot.
    throw new Error(
      'SMTP_URL is set but SMTP_FROM is not: set SMTP_FROM to the address invoices and statements are sent from, such as "Billing <billing@example.com>".'
    )
  }
  return { resolve: "./src/providers/smtp", id: "smtp", options: { channels: ["email"], url, from } }
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    // See .env.template for these variables.
    http: definedOnly({
      storeCors: process.env.STORE_CORS,
      adminCors: process.env.ADMIN_CORS,
      authCors: process.env.AUTH_CORS,
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
    }) as { storeCors: string; adminCors: string; authCors: string },
  },
  admin: {
    disable: workerMode === "worker" || process.env.DISABLE_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: [
    { resolve: "./src/modules/o2c", options: o2cOptions },
    { resolve: "./src/modules/company", options: o2cOptions },
    { resolve: "./src/modules/payment-term", options: o2cOptions },
    { resolve: "./src/modules/invoicing", options: o2cOptions },
    { resolve: "./src/modules/receivables", options: o2cOptions },
    { resolve: "./src/modules/documents", options: o2cOptions },
    { resolve: "./src/modules/dunning", options: o2cOptions },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [{ resolve: "./src/providers/on-account", id: "on-account" }],
      },
    },
    // Invoices and statements are e-mailed through the Notification module,
    // which takes one provider per channel: SMTP when SMTP_URL is set, else
    // the local provider, which only logs and records them (demo, tests).
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: [emailProvider()] },
    },
    ...redisModules(redisUrl),
  ],
})
