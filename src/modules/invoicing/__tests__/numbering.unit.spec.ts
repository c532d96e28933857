import { canonicalJson } from "../../../lib/canonical-json"
import {
  creditorReference,
  documentHash,
  documentNumber,
  seriesFor,
  verifyChain,
  type ChainLink,
} from "../numbering"

const options = { invoicePrefix: "INV", creditNotePrefix: "CN", digits: 6, yearlyReset: true }

describe("numbering", () => {
  it.each([
    ["invoice", "2026-12-31", options, "INV-2026"],
    ["invoice", "2027-01-01", options, "INV-2027"],
    ["credit_note", "2026-06-15", options, "CN-2026"],
    // A debit note is numbered among the invoices, in their gapless series and hash chain.
    ["debit_note", "2026-06-15", options, "INV-2026"],
    ["debit_note", "2026-06-15", { ...options, yearlyReset: false }, "INV"],
    ["invoice", "2026-06-15", { ...options, yearlyReset: false }, "INV"],
  ] as const)("a %s issued %s is in series %s", (kind, date, opts, series) => {
    expect(seriesFor(kind, date, opts)).toBe(series)
  })

  it.each([
    ["INV-2026", 1, 6, "INV-2026-000001"],
    ["INV-2026", 123456, 6, "INV-2026-123456"],
    ["INV-2026", 1234567, 6, "INV-2026-1234567"],
    ["CN", 42, 4, "CN-0042"],
  ])("%s #%i with %i digits is %s", (series, seq, digits, number) => {
    expect(documentNumber(series, seq, digits)).toBe(number)
  })

  it.each([0, -1, 1.5])("refuses sequence %p", (seq) => {
    expect(() => documentNumber("INV", seq, 6)).toThrow("start at 1")
  })
})

describe("hashing", () => {
  it("does not depend on key order, at any depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}'
    )
    expect(documentHash({ total: "120.00", lines: [{ sku: "A", qty: 1 }] }, null)).toBe(
      documentHash({ lines: [{ qty: 1, sku: "A" }], total: "120.00" }, null)
    )
  })

  it("changes with the content and with the previous hash", () => {
    const base = documentHash({ total: "120.00" }, null)
    expect(documentHash({ total: "120.01" }, null)).not.toBe(base)
    expect(documentHash({ total: "120.00" }, base)).not.toBe(base)
    expect(base).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe("verifyChain", () => {
  const chain = (n: number): ChainLink[] => {
    const links: ChainLink[] = []
    for (let i = 1; i <= n; i++) {
      const content = { number: `INV-2026-00000${i}`, total: `${i}00.00` }
      const previous_hash = links[i - 2]?.hash ?? null
      links.push({
        number: content.number,
        sequence_number: i,
        content,
        previous_hash,
        hash: documentHash(content, previous_hash),
      })
    }
    return links
  }

  it("accepts an intact chain, and an empty one", () => {
    expect(verifyChain(chain(5))).toEqual({ documents: 5, valid: true, first_broken: null })
    expect(verifyChain([])).toEqual({ documents: 0, valid: true, first_broken: null })
  })

  it("reports an altered document", () => {
    const links = chain(5)
    links[2].content = { ...links[2].content, total: "1.00" }
    expect(verifyChain(links).first_broken).toEqual({
      number: "INV-2026-000003",
      reason: "its content no longer matches its hash: it was altered after issue",
    })
  })

  it("reports a removed document", () => {
    const links = chain(5)
    links.splice(1, 1)
    expect(verifyChain(links).first_broken?.number).toBe("INV-2026-000003")
    expect(verifyChain(links).first_broken?.reason).toMatch(/a document is missing/)
  })

  it("reports a re-hashed document whose successor still points at the old hash", () => {
    const links = chain(4)
    links[1].content = { ...links[1].content, total: "9.99" }
    links[1].hash = documentHash(links[1].content, links[1].previous_hash)
    expect(verifyChain(links).first_broken).toEqual({
      number: "INV-2026-000003",
      reason: "its previous hash does not match the document before it",
    })
  })
})

describe("creditorReference (ISO 11649)", () => {
  it.each([
    ["539007547034", "RF18539007547034"],
    ["INV-2026-000042", "RF54INV2026000042"],
  ])("%s -> %s", (number, expected) => {
    expect(creditorReference(number)).toBe(expected)
  })

  it("is valid by the mod 97-10 check an IBAN uses", () => {
    const reference = creditorReference("CN-2027-000001")
    const rearranged = `${reference.slice(4)}${reference.slice(0, 4)}`.replace(/[A-Z]/g, (c) =>
      String(c.charCodeAt(0) - 55)
    )
    expect(BigInt(rearranged) % 97n).toBe(1n)
  })

  it("refuses a number too long for the 21 characters the standard allows", () => {
    expect(() => creditorReference("INVOICE-2026-0000000000001")).toThrow(/1 to 21 letters and digits/)
  })
})
