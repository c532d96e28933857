import {
  compactIdentifier,
  frenchRegistrationProblem,
  frenchVatKey,
  identifiersSharedWithSeller,
  luhnValid,
  sirenOf,
  sirenProblem,
  siretProblem,
  vatNumberProblem,
} from "../identifiers"

describe("luhnValid", () => {
  it.each([
    ["812345676", true],
    ["529876542", true],
    ["123456789", false],
    ["81234567600017", true],
    ["81234567600018", false],
    ["0", true],
    ["18", true],
    ["19", false],
  ])("%s is %s", (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid)
  })
})

describe("sirenProblem", () => {
  it.each(["812345676", "529876542", "438765430", "356000000"])("%s is a valid SIREN", (siren) => {
    expect(sirenProblem(siren)).toBeNull()
  })

  it.each([
    ["123456789", "SIREN 123456789 is not a valid SIREN: its check digit (Luhn) does not match"],
    ["81234567", 'SIREN must be 9 digits (a SIREN), got "81234567"'],
    ["8123456760", 'SIREN must be 9 digits (a SIREN), got "8123456760"'],
    ["81234567A", 'SIREN must be 9 digits (a SIREN), got "81234567A"'],
  ])("%s is refused", (siren, message) => {
    expect(sirenProblem(siren)).toBe(message)
  })
})

describe("siretProblem", () => {
  it.each([
    "81234567600017",
    "52987654200018",
    // La Poste: one SIREN for all its offices, checked by digit sum modulo 5.
    "35600000049837",
    "35600000000010",
  ])("%s is a valid SIRET", (siret) => {
    expect(siretProblem(siret)).toBeNull()
  })

  it.each([
    ["81234567600018", "SIRET 81234567600018 is not a valid SIRET: its check digit does not match"],
    // The old demo seller's: its SIREN fails first.
    [
      "12345678900017",
      "SIRET's first 9 digits 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
    ],
    ["35600000049838", "SIRET 35600000049838 is not a valid SIRET: its check digit does not match"],
    [
      "8123456760001",
      'SIRET must be 14 digits (a SIRET: the SIREN and a 5-digit establishment number), got "8123456760001"',
    ],
  ])("%s is refused", (siret, message) => {
    expect(siretProblem(siret)).toBe(message)
  })
})

describe("frenchRegistrationProblem", () => {
  it.each([
    ["812345676", null],
    ["81234567600017", null],
    ["123456789", "registration_id 123456789 is not a valid SIREN: its check digit (Luhn) does not match"],
    ["81234567600018", "registration_id 81234567600018 is not a valid SIRET: its check digit does not match"],
    [
      "RCS 812",
      'registration_id must be a SIREN (9 digits) or a SIRET (14 digits) for a French company, got "RCS 812"',
    ],
  ])("%s → %s", (value, expected) => {
    expect(frenchRegistrationProblem(value)).toBe(expected)
  })
})

describe("frenchVatKey", () => {
  it.each([
    ["812345676", "19"],
    ["529876542", "40"],
    ["438765430", "94"],
    // 12 + 3 × (SIREN mod 97) mod 97 can be a single digit: padded.
    ["000000097", "12"],
    ["404833048", "83"],
  ])("SIREN %s has key %s", (siren, key) => {
    expect(frenchVatKey(siren)).toBe(key)
  })
})

describe("vatNumberProblem", () => {
  it.each([
    "FR19812345676",
    "FR40529876542",
    "DE123456789",
    "ATU12345678",
    "ESX1234567X",
    "BE0123456789",
    "NL123456789B01",
    "IE1234567T",
    "IE1234567TW",
    "EL123456789",
    // Outside the EU: only the general shape.
    "GB123456789",
    "CHE123456789",
  ])("%s is accepted", (vat) => {
    expect(vatNumberProblem(vat)).toBeNull()
  })

  it.each([
    [
      "FR32123456789",
      "vat_number's SIREN (its last 9 digits) 123456789 is not a valid SIREN: its check digit (Luhn) does not match",
    ],
    [
      "FR20812345676",
      "vat_number FR20812345676 is not a valid French VAT number: the key for SIREN 812345676 is 19 (FR19812345676)",
    ],
    ["FR1981234567", "vat_number FR1981234567 does not have the shape of a FR VAT number"],
    ["DE12345678", "vat_number DE12345678 does not have the shape of a DE VAT number"],
    ["ATE12345678", "vat_number ATE12345678 does not have the shape of a AT VAT number"],
    ["NL123456789", "vat_number NL123456789 does not have the shape of a NL VAT number"],
    [
      "fr19812345676",
      'vat_number must be a VAT number: a two-letter country prefix and 2 to 13 letters or digits, such as FR19812345676, got "fr19812345676"',
    ],
    [
      "123456789",
      'vat_number must be a VAT number: a two-letter country prefix and 2 to 13 letters or digits, such as FR19812345676, got "123456789"',
    ],
  ])("%s is refused", (vat, message) => {
    expect(vatNumberProblem(vat)).toBe(message)
  })
})

describe("compactIdentifier", () => {
  it.each([
    ["812 345 676", "812345676"],
    ["fr 19 812.345.676", "FR19812345676"],
    ["812-345-676-00017", "81234567600017"],
  ])("%s → %s", (raw, compact) => {
    expect(compactIdentifier(raw)).toBe(compact)
  })
})

describe("sirenOf", () => {
  it.each([
    ["FR19812345676", "812345676"],
    ["81234567600017", "812345676"],
    ["812 345 676", "812345676"],
    ["DE123456789", null],
    ["HRB 1234", null],
    [null, null],
  ])("%s → %s", (identifier, siren) => {
    expect(sirenOf(identifier)).toBe(siren)
  })
})

describe("identifiersSharedWithSeller", () => {
  const seller = { vat_id: "FR19812345676", registration_id: "81234567600017" }

  it.each([
    [{ vat_number: "FR40529876542", registration_id: "529876542" }, []],
    [{ vat_number: null, registration_id: null }, []],
    [
      { vat_number: "FR19812345676", registration_id: "529876542" },
      ["The company's VAT number FR19812345676 is the seller's own VAT number; check it."],
    ],
    [
      { vat_number: "FR40529876542", registration_id: "812345676" },
      ["The company's registration number 812345676 has the seller's own SIREN 812345676; check it."],
    ],
    [
      { vat_number: "FR19812345676", registration_id: "81234567600025" },
      [
        "The company's VAT number FR19812345676 is the seller's own VAT number; check it.",
        "The company's registration number 81234567600025 has the seller's own SIREN 812345676; check it.",
      ],
    ],
  ])("%j against the seller → %j", (company, warnings) => {
    expect(identifiersSharedWithSeller(company, seller)).toEqual(warnings)
  })

  it("finds the seller's SIREN in its VAT number when it has no registration number", () => {
    expect(
      identifiersSharedWithSeller({ registration_id: "812345676" }, { vat_id: "FR19812345676" })
    ).toHaveLength(1)
  })
})
