import { resolveSellerIdentity, type SellerIdentityInput, SellerIdentitySchema } from "../seller"

const ADDRESS = { line1: "12 rue de l'Industrie", postal_code: "69007", city: "Lyon", country_code: "FR" }

const COMPLETE: SellerIdentityInput = {
  legal_name: "Fournitures Industrielles Lyonnaises SAS",
  address: ADDRESS,
  vat_id: "FR19812345676",
  registration_id: "81234567600017",
}

const PNG = "data:image/png;base64,iVBORw0KGgo="

const notAVatNumber = (value: string) =>
  `vat_id must be a VAT number: a two-letter country prefix and 2 to 13 letters or digits, such as FR19812345676, got "${value}"`

function resolved(fromOptions: SellerIdentityInput, fromSettings: SellerIdentityInput | null) {
  const result = resolveSellerIdentity(fromOptions, fromSettings)
  if (result.missing) {
    throw new Error(`unexpectedly incomplete: ${result.missing.join(", ")}`)
  }
  return result.identity
}

function missing(fromOptions: SellerIdentityInput, fromSettings: SellerIdentityInput | null) {
  const result = resolveSellerIdentity(fromOptions, fromSettings)
  expect(result.identity).toBeNull()
  return result.missing ?? []
}

describe("resolveSellerIdentity", () => {
  it("fills the optional fields with their defaults", () => {
    expect(resolved(COMPLETE, null)).toEqual({
      ...COMPLETE,
      legal_form: null,
      share_capital: null,
      trade_register: null,
      iban: null,
      bic: null,
      late_payment_rate: "12.15",
      recovery_indemnity: "40",
      logo_url: null,
      footer: null,
    })
  })

  it.each([
    ["options only", COMPLETE, null],
    ["settings only", {}, COMPLETE],
    ["empty settings", COMPLETE, {}],
  ] as const)("resolves from %s", (_, fromOptions, fromSettings) => {
    expect(resolved(fromOptions, fromSettings).legal_name).toBe(COMPLETE.legal_name)
  })

  it.each([
    ["legal_name", "Other Name SARL"],
    ["vat_id", "DE123456789"],
    ["registration_id", "529876542"],
    ["late_payment_rate", "15"],
    ["recovery_indemnity", "60"],
    ["footer", "Printed at the bottom"],
    ["legal_form", "SARL"],
    ["bic", "AGRIFRPP"],
    ["logo_url", PNG],
  ] as const)("settings override the option %s", (field, value) => {
    const options = { ...COMPLETE, footer: "from options", legal_form: "SAS", late_payment_rate: "12.15" }
    const identity = resolved(options, { [field]: value })
    expect(identity[field]).toBe(value)
    // and leave the other fields of the options alone
    for (const key of Object.keys(options) as Array<keyof typeof options>) {
      if (key !== field) expect(identity[key]).toEqual(options[key])
    }
  })

  it("merges field by field, the settings winning", () => {
    const identity = resolved(
      { ...COMPLETE, footer: "options footer", bic: "AGRIFRPP", share_capital: "10,000 EUR" },
      { legal_name: "Settings Name SAS", footer: "settings footer", iban: "FR7630006000011234567890189" }
    )
    expect(identity).toMatchObject({
      legal_name: "Settings Name SAS",
      vat_id: COMPLETE.vat_id,
      footer: "settings footer",
      bic: "AGRIFRPP",
      share_capital: "10,000 EUR",
      iban: "FR7630006000011234567890189",
    })
  })

  it("replaces the whole address when the settings give one", () => {
    const address = { line1: "1 place Bellecour", postal_code: "69002", city: "Lyon", country_code: "fr" }
    expect(resolved(COMPLETE, { address }).address).toEqual({ ...address, country_code: "FR" })
  })

  it.each(["legal_name", "vat_id", "registration_id", "address", "footer"] as const)(
    "an undefined %s in the settings does not erase the option",
    (field) => {
      const options = { ...COMPLETE, footer: "from options" }
      expect(resolved(options, { [field]: undefined })[field]).toEqual(options[field])
    }
  )

  it("an explicit null in the settings falls back to the plugin option", () => {
    expect(resolved({ ...COMPLETE, footer: "from options" }, { footer: null }).footer).toBe("from options")
    expect(resolved(COMPLETE, { footer: null }).footer).toBeNull()
  })

  it.each([
    ["nothing at all", {}, null, ["legal_name", "address", "vat_id", "registration_id"]],
    ["no VAT id", { ...COMPLETE, vat_id: undefined }, null, ["vat_id"]],
    ["no registration id", { ...COMPLETE, registration_id: undefined }, {}, ["registration_id"]],
    [
      "an incomplete address",
      { ...COMPLETE, address: { line1: "1 rue X" } as never },
      null,
      ["address.postal_code", "address.city", "address.country_code"],
    ],
    ["a blank legal name", COMPLETE, { legal_name: "   " }, ["legal_name"]],
  ] as const)("lists what is missing by path: %s", (_, fromOptions, fromSettings, paths) => {
    const issues = missing(fromOptions, fromSettings)
    expect(issues.map((issue) => issue.split(" ")[0]).sort()).toEqual([...paths].sort())
  })

  it.each([
    ["iban", "FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189"],
    ["iban", "fr7630006000011234567890189", "FR7630006000011234567890189"],
    ["iban", "  de89 3704 0044 0532 0130 00 ", "DE89370400440532013000"],
    ["iban", "GB29\tNWBK 6016 1331 9268 19", "GB29NWBK60161331926819"],
    ["vat_id", "FR19812345676", "FR19812345676"],
    ["vat_id", "fr 19 812 345 676", "FR19812345676"],
    ["vat_id", "DE123456789", "DE123456789"],
    ["vat_id", "  ATU12345678  ", "ATU12345678"],
    ["vat_id", "ESX1234567X", "ESX1234567X"],
    ["registration_id", "812 345 676 00017", "81234567600017"],
    ["registration_id", "812345676", "812345676"],
    ["registration_id", "HRB 12345", "HRB 12345"],
  ] as const)("stores the %s %p as %p", (field, value, stored) => {
    expect(resolved(COMPLETE, { [field]: value })[field]).toBe(stored)
  })

  it.each([
    ["iban", "FR76", "iban must be an IBAN"],
    ["iban", "NOT AN IBAN", "iban must be an IBAN"],
    ["iban", "7630006000011234567890189", "iban must be an IBAN"],
    ["vat_id", "FR", notAVatNumber("FR")],
    ["vat_id", "123456789", notAVatNumber("123456789")],
    ["vat_id", "FR19812345676012345", notAVatNumber("FR19812345676012345")],
    // The old demo seller's: 123456789 is not a SIREN.
    [
      "vat_id",
      "FR32123456789",
      "vat_id's SIREN (its last 9 digits) 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
    ],
    [
      "vat_id",
      "FR20812345676",
      "vat_id FR20812345676 is not a valid French VAT number: the key for SIREN 812345676 is 19 (FR19812345676)",
    ],
    ["vat_id", "DE12345678", "vat_id DE12345678 does not have the shape of a DE VAT number"],
    [
      "registration_id",
      "12345678900017",
      "registration_id's first 9 digits 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
    ],
    [
      "registration_id",
      "81234567600018",
      "registration_id 81234567600018 is not a valid SIRET: its check digit does not match",
    ],
    [
      "registration_id",
      "123 456 789",
      "registration_id 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
    ],
  ] as const)("refuses the %s %p with its message", (field, value, message) => {
    expect(missing(COMPLETE, { [field]: value })).toEqual([message])
  })

  it.each(["fr", "Fr", "FR"])("upper-cases the country code %p", (country_code) => {
    expect(resolved(COMPLETE, { address: { ...ADDRESS, country_code } }).address.country_code).toBe("FR")
  })

  it.each(["FRA", "F", "12", ""])("refuses the country code %p", (country_code) => {
    expect(missing(COMPLETE, { address: { ...ADDRESS, country_code } })).toEqual([
      "address.country_code must be a two-letter ISO 3166 country code",
    ])
  })

  it.each([
    "https://example.com/logo.png",
    "http://example.com/logo.png",
    "data:image/gif;base64,R0lGODlh",
    "data:text/html;base64,PGgxPg==",
    "logo.png",
  ])("refuses the logo %p: it must be a data: URL", (logo_url) => {
    expect(missing(COMPLETE, { logo_url })).toEqual([
      "logo_url must be a data: URL of a PNG, JPEG or SVG image",
    ])
  })

  it.each([PNG, "data:image/jpeg;base64,/9j/4AAQ", "data:image/svg+xml;base64,PHN2Zz4="])(
    "accepts the logo %p",
    (logo_url) => {
      expect(resolved(COMPLETE, { logo_url }).logo_url).toBe(logo_url)
    }
  )

  it("lists every problem at once", () => {
    expect(missing({}, { vat_id: "x", iban: "nope", logo_url: "https://x" })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^legal_name /),
        expect.stringMatching(/^address /),
        notAVatNumber("X"),
        expect.stringMatching(/^registration_id /),
        "iban must be an IBAN",
        "logo_url must be a data: URL of a PNG, JPEG or SVG image",
      ])
    )
  })
})

describe("SellerIdentitySchema", () => {
  it.each([
    ["late_payment_rate", "12,15", "late_payment_rate must be a decimal number such as 12.15"],
    ["recovery_indemnity", "40 EUR", "recovery_indemnity must be a decimal number such as 12.15"],
    ["bic", "agrifrpp", "bic must be a BIC (8 or 11 characters)"],
    [
      "registration_id",
      "1234",
      'registration_id must be the company\'s registration number (SIREN or SIRET), got "1234"',
    ],
  ])("refuses %s %p", (field, value, message) => {
    const result = SellerIdentitySchema.safeParse({ ...COMPLETE, [field]: value })
    expect(result.success).toBe(false)
    // Messages name their field: they reach the admin as they are.
    expect(result.error?.issues.map((i) => i.message)).toEqual([message])
  })

  it("refuses unknown fields", () => {
    expect(SellerIdentitySchema.safeParse({ ...COMPLETE, website: "https://x" }).success).toBe(false)
    expect(SellerIdentitySchema.safeParse({ ...COMPLETE, address: { ...ADDRESS, state: "X" } }).success).toBe(
      false
    )
  })

  it("trims the text fields", () => {
    const parsed = SellerIdentitySchema.parse({
      ...COMPLETE,
      legal_name: "  ACME SAS ",
      address: { ...ADDRESS, city: " Lyon " },
    })
    expect(parsed.legal_name).toBe("ACME SAS")
    expect(parsed.address.city).toBe("Lyon")
  })
})
