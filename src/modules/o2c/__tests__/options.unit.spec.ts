import { enabledFeatures, InvalidO2cOptionsError, O2C_FEATURES, parseO2cOptions } from "../options"

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
    const features = enabledFeatures(parseO2cOptions({ features: { dunning: true } }))
    expect(Object.keys(features).sort()).toEqual([...O2C_FEATURES].sort())
    expect(features.dunning).toBe(false)
    expect(features.receivables).toBe(true)
    expect(features.invoicing).toBe(true)
    expect(features.credit).toBe(true)
  })

  it("lets a merchant switch a shipped feature off", () => {
    expect(enabledFeatures(parseO2cOptions({ features: { credit: false } })).credit).toBe(false)
  })

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
