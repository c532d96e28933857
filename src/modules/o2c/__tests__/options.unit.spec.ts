import { enabledFeatures, InvalidO2cOptionsError, O2C_FEATURES, parseO2cOptions, switchedOffReason } from "../options"

describe("parseO2cOptions", () => {
  it("fills in defaults", () => {
    const options = parseO2cOptions(undefined)
    expect(options.timeZone).toBe("UTC")
    expect(options.features).toEqual({})
  })

  it("treats undefined values as absent (env-driven host config)", () => {
    expect(parseO2cOptions({ timeZone: undefined }).timeZone).toBe("UTC")
  })

  it("keeps a valid time zone", () => {
    expect(parseO2cOptions({ timeZone: "Europe/Paris" }).timeZone).toBe("Europe/Paris")
  })

  it.each([
    [{ timeZone: "Paris" }, "timeZone must be an IANA time zone"],
    [{ timeZone: 1 }, "timeZone"],
    [{ features: { invoicing: "yes" } }, "features.invoicing"],
    [{ features: { teleportation: true } }, "features"],
  ])("refuses %j with a message naming the key", (raw, message) => {
    expect(() => parseO2cOptions(raw)).toThrow(InvalidO2cOptionsError)
    expect(() => parseO2cOptions(raw)).toThrow(message)
  })
})

describe("enabledFeatures", () => {
  it("reports every feature, none enabled before it ships", () => {
    const features = enabledFeatures(parseO2cOptions({ features: { reconciliation: true } }))
    expect(Object.keys(features).sort()).toEqual([...O2C_FEATURES].sort())
    expect(features.reconciliation).toBe(false)
    expect(features.dunning).toBe(true)
    expect(features.receivables).toBe(true)
    expect(features.invoicing).toBe(true)
    expect(features.credit).toBe(true)
  })

  it("lets a merchant switch a shipped feature off", () => {
    expect(enabledFeatures(parseO2cOptions({ features: { invoicing: false } })).invoicing).toBe(false)
  })

  it.each([
    [{}, { invoicing: true, receivables: true }],
    [{ invoicing: true, receivables: true }, { invoicing: true, receivables: true }],
    [{ receivables: false }, { invoicing: true, receivables: false }],
    [{ invoicing: false }, { invoicing: false, receivables: false }],
    [{ invoicing: false, receivables: false }, { invoicing: false, receivables: false }],
    [{ companies: true, credit: true, payment_terms: true }, { invoicing: true, receivables: true }],
  ])("features %j run invoicing and receivables as %j", (features, expected) => {
    const enabled = enabledFeatures(parseO2cOptions({ features }))
    expect({ invoicing: enabled.invoicing, receivables: enabled.receivables }).toEqual(expected)
    expect([enabled.companies, enabled.credit, enabled.payment_terms]).toEqual([true, true, true])
  })

  it.each(["companies", "credit", "payment_terms"])("refuses switching the core feature %s off", (feature) => {
    expect(() => parseO2cOptions({ features: { [feature]: false } })).toThrow(
      `features.${feature} cannot be switched off: companies, credit and payment terms are the core of the plugin; remove the key`
    )
  })

  it("refuses receivables on with invoicing off", () => {
    expect(() => parseO2cOptions({ features: { invoicing: false, receivables: true } })).toThrow(
      "features.receivables cannot be on with invoicing switched off: the ledger books the invoices invoicing issues"
    )
  })
})

describe("switchedOffReason", () => {
  it.each([
    [{}, "invoicing", null],
    [{}, "receivables", null],
    [
      { invoicing: false },
      "invoicing",
      "Invoicing is switched off in this store's order-to-cash plugin options (features.invoicing: false).",
    ],
    [
      { invoicing: false },
      "receivables",
      "Receivables is switched off because invoicing is (features.invoicing: false): the ledger books the invoices invoicing issues.",
    ],
    [
      { receivables: false },
      "receivables",
      "Receivables is switched off in this store's order-to-cash plugin options (features.receivables: false).",
    ],
    [{ receivables: false }, "invoicing", null],
  ] as const)("features %j: %s says %j", (features, feature, reason) => {
    expect(switchedOffReason(parseO2cOptions({ features }), feature)).toBe(reason)
  })
})

describe("parseO2cOptions, other options", () => {

  it.each([
    [{ maxPaymentTermDays: -1 }, "maxPaymentTermDays"],
    [{ maxPaymentTermDays: 30.5 }, "maxPaymentTermDays"],
    [{ invoiceNumbering: { invoicePrefix: "inv-" } }, "invoiceNumbering.invoicePrefix must be 1 to 10 capital letters or digits"],
    [{ invoiceNumbering: { digits: 0 } }, "invoiceNumbering.digits"],
    [{ invoicing: { trigger: "on_payment" } }, "invoicing.trigger"],
    [{ invoicing: { seller: { vat_id: "123" } } }, "invoicing.seller.vat_id vat_id must be a VAT number"],
    [
      { invoicing: { seller: { vat_id: "FR32123456789" } } },
      "invoicing.seller.vat_id vat_id's SIREN (its last 9 digits) 123456789 is not a valid SIREN",
    ],
    [
      { invoicing: { seller: { registration_id: "81234567600018" } } },
      "invoicing.seller.registration_id registration_id 81234567600018 is not a valid SIRET",
    ],
    [{ invoicing: { pdfConcurrency: 0 } }, "invoicing.pdfConcurrency"],
  ])("refuses %j", (raw, message) => {
    expect(() => parseO2cOptions(raw)).toThrow(message)
  })

  it("fills in invoice numbering defaults around what the merchant sets", () => {
    expect(parseO2cOptions({ invoiceNumbering: { invoicePrefix: "FAC" } }).invoiceNumbering).toEqual({
      invoicePrefix: "FAC",
      creditNotePrefix: "CN",
      digits: 6,
      yearlyReset: true,
    })
  })

  it("defaults the maximum payment term to the legal 60 days", () => {
    expect(parseO2cOptions({}).maxPaymentTermDays).toBe(60)
  })
})
