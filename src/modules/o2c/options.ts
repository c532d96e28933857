import { z } from "@medusajs/framework/zod"
import { LANGUAGES } from "../documents/i18n/language"
import { SellerIdentityOptionsSchema } from "../invoicing/seller"

/**
 * The bounded contexts this plugin is made of, as the status API reports
 * them. A feature only reports as enabled once this version ships it.
 */
export const O2C_FEATURES = [
  "companies",
  "credit",
  "payment_terms",
  "invoicing",
  "receivables",
  "dunning",
  "reconciliation",
  "erp_sync",
] as const

export type O2cFeature = (typeof O2C_FEATURES)[number]

/** Features implemented in this version of the package. */
export const SHIPPED_FEATURES: ReadonlySet<O2cFeature> = new Set<O2cFeature>([
  "companies",
  "credit",
  "payment_terms",
  "invoicing",
  "receivables",
  "dunning",
])

/**
 * Companies, credit and payment terms are what checkout, invoices and the
 * ledger are built on: the plugin without them is no plugin, so they are
 * always on and only `true` is accepted for them.
 */
export const CORE_FEATURES: ReadonlySet<O2cFeature> = new Set<O2cFeature>([
  "companies",
  "credit",
  "payment_terms",
])

/**
 * The shipped features a merchant can switch off. Switched off, a feature's
 * admin and store routes answer 404, its subscribers and jobs do nothing and
 * its admin pages say so.
 */
export type SwitchableFeature = "invoicing" | "receivables" | "dunning"

function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const featureToggles = z
  .object(
    Object.fromEntries(O2C_FEATURES.map((f) => [f, z.boolean().optional()])) as Record<
      O2cFeature,
      z.ZodOptional<z.ZodBoolean>
    >
  )
  .strict()
  .superRefine((features, ctx) => {
    for (const feature of CORE_FEATURES) {
      if (features[feature] === false) {
        ctx.addIssue({
          code: "custom",
          path: [feature],
          message:
            "cannot be switched off: companies, credit and payment terms are the core of the plugin; remove the key",
        })
      }
    }
    // The ledger books issued invoices and credit notes: without invoicing it would stay empty.
    if (features.receivables === true && features.invoicing === false) {
      ctx.addIssue({
        code: "custom",
        path: ["receivables"],
        message: "cannot be on with invoicing switched off: the ledger books the invoices invoicing issues",
      })
    }
    // Dunning chases what the ledger says is open.
    if (features.dunning === true && (features.receivables === false || features.invoicing === false)) {
      ctx.addIssue({
        code: "custom",
        path: ["dunning"],
        message: "cannot be on with receivables switched off: dunning chases what the ledger says is open",
      })
    }
  })

export const O2cOptionsSchema = z
  .object({
    /**
     * The merchant's time zone: it decides which calendar day an instant
     * falls on (invoice dates, due dates, aging). Amounts and instants are
     * stored in UTC regardless.
     */
    timeZone: z
      .string()
      .default("UTC")
      .refine(isIanaTimeZone, { message: "must be an IANA time zone such as Europe/Paris" }),
    /** The language of documents (invoices, credit notes, statements) for a company that has none of its own. */
    defaultLanguage: z.enum(LANGUAGES).default("en"),
    /**
     * `invoicing: false` or `receivables: false` switch a context off (see
     * SwitchableFeature); the core features only accept `true`, planned ones
     * are accepted and stay off until they ship.
     */
    features: featureToggles.default({}),
    /**
     * Longest payment term allowed, in days from the invoice date (Code de
     * commerce L441-10: 60, or 45 days end of month). 0 disables the check.
     */
    maxPaymentTermDays: z.number().int().min(0).max(365).default(60),
    /** Invoice and credit note numbers: INV-2026-000001 with the defaults. */
    invoiceNumbering: z
      .object({
        invoicePrefix: z
          .string()
          .regex(/^[A-Z0-9]{1,10}$/, "must be 1 to 10 capital letters or digits")
          .default("INV"),
        creditNotePrefix: z
          .string()
          .regex(/^[A-Z0-9]{1,10}$/, "must be 1 to 10 capital letters or digits")
          .default("CN"),
        digits: z.number().int().min(1).max(12).default(6),
        yearlyReset: z.boolean().default(true),
      })
      .strict()
      .default({ invoicePrefix: "INV", creditNotePrefix: "CN", digits: 6, yearlyReset: true }),
    invoicing: z
      .object({
        /**
         * When an order is invoiced: on shipment (each shipment invoices what
         * it shipped), or as soon as it is placed (the whole order).
         */
        trigger: z.enum(["shipment", "order_placed"]).default("shipment"),
        /** The seller's identity and legal mentions; the admin settings page overrides them field by field. */
        seller: SellerIdentityOptionsSchema.default({}),
        /**
         * "warm": one Chromium per process, kept running and reused (fast);
         * "per_document": a Chromium launched for each PDF and closed after
         * (slow, but nothing stays resident: for workers short of memory).
         */
        pdfBrowser: z.enum(["warm", "per_document"]).default("warm"),
        /** PDFs rendered at once by the shared Chromium. */
        pdfConcurrency: z.number().int().min(1).max(16).default(2),
        /** Render attempts before an invoice's PDF is left failed for a person to look at. */
        maxRenderAttempts: z.number().int().min(1).max(20).default(5),
      })
      .strict()
      .default({ trigger: "shipment", seller: {}, pdfBrowser: "warm", pdfConcurrency: 2, maxRenderAttempts: 5 }),
    receivables: z
      .object({
        /**
         * What a payment may leave open on an invoice and still settle it: the
         * difference (bank fees, rounding) is written off. In the account's
         * currency units; "0" never writes anything off.
         */
        writeOffTolerance: z
          .string()
          .regex(/^\d+(\.\d+)?$/, "must be a decimal amount such as 1.50")
          .default("0"),
        /** Aging bucket boundaries in days past due: 30,60,90 gives current, 1-30, 31-60, 61-90, 90+. */
        agingBuckets: z
          .array(z.number().int().positive())
          .min(1)
          .max(10)
          .refine((b) => b.every((d, i) => i === 0 || d > b[i - 1]), { message: "must be increasing" })
          .default([30, 60, 90]),
      })
      .strict()
      .default({ writeOffTolerance: "0", agingBuckets: [30, 60, 90] }),
    dunning: z
      .object({
        /**
         * Reminders a run writes are sent right after it (and retried by the
         * job); false keeps them queued, e.g. to review the first runs.
         */
        sendReminders: z.boolean().default(true),
        /** Companies a run writes per transaction. */
        batchSize: z.number().int().min(1).max(5000).default(200),
        /** Sending attempts before a reminder is left failed for a person. */
        maxSendAttempts: z.number().int().min(1).max(20).default(5),
      })
      .strict()
      .default({ sendReminders: true, batchSize: 200, maxSendAttempts: 5 }),
  })
  // Unknown keys are ignored rather than refused: Medusa passes the plugin's
  // options to every module it registers, and later versions add keys.
  .passthrough()

export type O2cOptions = z.infer<typeof O2cOptionsSchema>

export class InvalidO2cOptionsError extends Error {
  constructor(issues: string[]) {
    super(`medusa-plugin-o2c: invalid plugin options: ${issues.join("; ")}`)
    this.name = "InvalidO2cOptionsError"
  }
}

/** Validates raw plugin options and fills in defaults; throws a readable error. */
export function parseO2cOptions(raw: unknown): O2cOptions {
  const cleaned = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined)
  )
  const result = O2cOptionsSchema.safeParse(cleaned)
  if (!result.success) {
    throw new InvalidO2cOptionsError(
      result.error.issues.map((i) => `${i.path.join(".") || "options"} ${i.message}`)
    )
  }
  return result.data
}

/** What a switchable feature needs running to run. */
const BUILT_ON: Record<O2cFeature, O2cFeature[]> = {
  companies: [],
  credit: [],
  payment_terms: [],
  invoicing: [],
  receivables: ["invoicing"],
  dunning: ["invoicing", "receivables"],
  reconciliation: ["invoicing", "receivables"],
  erp_sync: [],
}

const NEEDS: Record<SwitchableFeature, string> = {
  invoicing: "",
  receivables: "the ledger books the invoices invoicing issues",
  dunning: "dunning chases what the ledger says is open",
}

/** Which features run: shipped in this version, not switched off, and what they build on running. */
export function enabledFeatures(options: O2cOptions): Record<O2cFeature, boolean> {
  const on = (f: O2cFeature) => SHIPPED_FEATURES.has(f) && options.features[f] !== false
  return Object.fromEntries(
    O2C_FEATURES.map((f) => [f, on(f) && BUILT_ON[f].every(on)])
  ) as Record<O2cFeature, boolean>
}

/**
 * Why a switchable feature is off, as the 404 of its routes and the admin
 * say it; null when it runs.
 */
export function switchedOffReason(options: O2cOptions, feature: SwitchableFeature): string | null {
  if (enabledFeatures(options)[feature]) return null
  const label = { invoicing: "Invoicing", receivables: "Receivables", dunning: "Dunning" }[feature]
  if (options.features[feature] === false) {
    return `${label} is switched off in this store's order-to-cash plugin options (features.${feature}: false).`
  }
  const off = BUILT_ON[feature].find((f) => options.features[f] === false)
  return `${label} is switched off because ${off} is (features.${off}: false): ${NEEDS[feature]}.`
}
