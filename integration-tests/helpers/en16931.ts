import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

/**
 * Checks e-invoices against the official EN 16931 artefacts vendored in
 * vendor/en16931: the XSD (xmllint) and the CEN/TC 434 business rules
 * (schematron compiled to XSLT, run with Saxon-HE). Test-only: needs java,
 * Saxon-HE (Debian libsaxonhe-java) and xmllint (libxml2-utils).
 */

export type Syntax = "cii" | "ubl"

export type RuleFinding = { id: string; text: string; location: string }

/** Rules with flag="fatal" make the e-invoice invalid; the others are advice. */
export type En16931Report = { fatal: RuleFinding[]; warnings: RuleFinding[] }

const VENDOR = resolve(__dirname, "../../vendor/en16931")
const SAXON_JAR = process.env.SAXON_JAR ?? "/usr/share/java/Saxon-HE.jar"

const RULES: Record<Syntax, string> = {
  cii: join(VENDOR, "cii/EN16931-CII-validation.xslt"),
  ubl: join(VENDOR, "ubl/EN16931-UBL-validation.xslt"),
}

function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (result.error) {
    throw new Error(`${command} could not be started: ${result.error.message}`)
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function withTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "en16931-"))
  try {
    return work(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Runs the EN 16931 rules on several documents of one syntax in a single
 * Saxon run: compiling the rules takes most of the 2 s a run costs, and
 * Saxon-HE cannot save a compiled stylesheet (export needs Saxon-EE), so
 * Saxon's directory mode (-s:dir -o:dir) compiles them once for all.
 */
export function validateEn16931Many(xmls: string[], syntax: Syntax): En16931Report[] {
  if (xmls.length === 0) {
    return []
  }
  return withTempDir((dir) => {
    const input = join(dir, "in")
    const output = join(dir, "out")
    mkdirSync(input)
    mkdirSync(output)
    const names = xmls.map((_, index) => `doc-${String(index).padStart(4, "0")}.xml`)
    for (const [index, name] of names.entries()) {
      writeFileSync(join(input, name), xmls[index], "utf8")
    }
    const saxon = run("java", [
      "-cp",
      SAXON_JAR,
      "net.sf.saxon.Transform",
      `-s:${input}`,
      `-xsl:${RULES[syntax]}`,
      `-o:${output}`,
    ])
    if (saxon.status !== 0) {
      throw new Error(`Saxon failed (exit ${saxon.status}):\n${saxon.stderr}`)
    }
    return names.map((name) => parseSvrl(readFileSync(join(output, name), "utf8")))
  })
}

/** Runs the EN 16931 business rules (schematron) on one document. */
export function validateEn16931(xml: string, syntax: Syntax): En16931Report {
  return validateEn16931Many([xml], syntax)[0]
}

/** Reads an SVRL report: every failed assert or successful report, split by its flag. */
export function parseSvrl(svrl: string): En16931Report {
  const report: En16931Report = { fatal: [], warnings: [] }
  const root = parseXml(svrl)
  for (const finding of descendants(root, (e) =>
    ["failed-assert", "successful-report"].includes(localName(e.name))
  )) {
    const textElement = finding.children.find((child) => localName(child.name) === "text")
    const entry: RuleFinding = {
      id: finding.attributes.id ?? "",
      text: normalizeSpace(textElement ? textContent(textElement) : ""),
      location: finding.attributes.location ?? "",
    }
    if (finding.attributes.flag === "fatal") {
      report.fatal.push(entry)
    } else {
      report.warnings.push(entry)
    }
  }
  return report
}

const XSD: Record<string, string> = {
  CrossIndustryInvoice: join(VENDOR, "cii/schema/CrossIndustryInvoice_100pD16B.xsd"),
  Invoice: join(VENDOR, "ubl/xsd/maindoc/UBL-Invoice-2.1.xsd"),
  CreditNote: join(VENDOR, "ubl/xsd/maindoc/UBL-CreditNote-2.1.xsd"),
}

/** Validates against the syntax's XSD with xmllint; the UBL schema (Invoice or CreditNote) follows the root element. */
export function validateXsd(xml: string, syntax: Syntax): { valid: boolean; errors: string[] } {
  const root = localName(parseXml(xml).name)
  const allowed = syntax === "cii" ? ["CrossIndustryInvoice"] : ["Invoice", "CreditNote"]
  if (!allowed.includes(root)) {
    return { valid: false, errors: [`root element <${root}> is not a ${syntax.toUpperCase()} document`] }
  }
  return withTempDir((dir) => {
    const file = join(dir, "document.xml")
    writeFileSync(file, xml, "utf8")
    const xmllint = run("xmllint", ["--noout", "--nonet", "--schema", XSD[root], file])
    const errors = xmllint.stderr
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.endsWith(" validates"))
    return { valid: xmllint.status === 0, errors }
  })
}

// --- A small non-validating XML parser, enough for SVRL and for reading back
// the documents under test. It scans characters rather than matching regular
// expressions, so attributes spanning lines and character references are read right.

export type ParsedElement = {
  name: string
  attributes: Record<string, string>
  children: ParsedElement[]
  /** Direct character data, entity references decoded, CDATA included. */
  text: string
}

const PREDEFINED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }

export function decodeEntities(raw: string): string {
  let out = ""
  let index = 0
  while (index < raw.length) {
    const amp = raw.indexOf("&", index)
    if (amp === -1) {
      out += raw.slice(index)
      break
    }
    out += raw.slice(index, amp)
    const semicolon = raw.indexOf(";", amp)
    if (semicolon === -1) {
      throw new Error(`unterminated entity reference at "${raw.slice(amp, amp + 12)}"`)
    }
    const name = raw.slice(amp + 1, semicolon)
    if (name.startsWith("#x") || name.startsWith("#X")) {
      out += String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    } else if (name.startsWith("#")) {
      out += String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    } else if (name in PREDEFINED_ENTITIES) {
      out += PREDEFINED_ENTITIES[name]
    } else {
      throw new Error(`unknown entity &${name};`)
    }
    index = semicolon + 1
  }
  return out
}

function isNameChar(char: string): boolean {
  return !" \t\r\n/>=\"'<".includes(char)
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\r" || char === "\n"
}

/** Parses a document and returns its root element. Throws on malformed input. */
export function parseXml(xml: string): ParsedElement {
  const source = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml
  const stack: ParsedElement[] = []
  let root: ParsedElement | null = null
  let index = 0

  const skipPast = (terminator: string): void => {
    const end = source.indexOf(terminator, index)
    if (end === -1) {
      throw new Error(`expected "${terminator}" after offset ${index}`)
    }
    index = end + terminator.length
  }

  const readName = (): string => {
    const start = index
    while (index < source.length && isNameChar(source[index])) {
      index++
    }
    if (index === start) {
      throw new Error(`expected a name at offset ${start}`)
    }
    return source.slice(start, index)
  }

  const skipSpaces = (): void => {
    while (index < source.length && isSpace(source[index])) {
      index++
    }
  }

  while (index < source.length) {
    if (source.startsWith("<?", index)) {
      skipPast("?>")
    } else if (source.startsWith("<!--", index)) {
      skipPast("-->")
    } else if (source.startsWith("<![CDATA[", index)) {
      const start = index + "<![CDATA[".length
      skipPast("]]>")
      if (stack.length === 0) {
        throw new Error("character data outside the root element")
      }
      stack[stack.length - 1].text += source.slice(start, index - 3)
    } else if (source.startsWith("<!", index)) {
      // DOCTYPE: skip, including an internal subset in brackets.
      const bracket = source.indexOf("[", index)
      const close = source.indexOf(">", index)
      if (bracket !== -1 && bracket < close) {
        index = bracket
        skipPast("]")
      }
      skipPast(">")
    } else if (source.startsWith("</", index)) {
      index += 2
      const name = readName()
      skipSpaces()
      skipPast(">")
      const open = stack.pop()
      if (!open || open.name !== name) {
        throw new Error(`</${name}> does not close <${open?.name ?? "nothing"}>`)
      }
    } else if (source[index] === "<") {
      index++
      const element: ParsedElement = { name: readName(), attributes: {}, children: [], text: "" }
      let selfClosing = false
      for (;;) {
        skipSpaces()
        if (source.startsWith("/>", index)) {
          index += 2
          selfClosing = true
          break
        }
        if (source[index] === ">") {
          index++
          break
        }
        const attribute = readName()
        skipSpaces()
        if (source[index] !== "=") {
          throw new Error(`expected "=" after attribute ${attribute}`)
        }
        index++
        skipSpaces()
        const quote = source[index]
        if (quote !== '"' && quote !== "'") {
          throw new Error(`expected a quoted value for attribute ${attribute}`)
        }
        const end = source.indexOf(quote, index + 1)
        if (end === -1) {
          throw new Error(`unterminated value for attribute ${attribute}`)
        }
        element.attributes[attribute] = decodeEntities(source.slice(index + 1, end))
        index = end + 1
      }
      if (stack.length > 0) {
        stack[stack.length - 1].children.push(element)
      } else if (root) {
        throw new Error("more than one root element")
      } else {
        root = element
      }
      if (!selfClosing) {
        stack.push(element)
      }
    } else {
      const next = source.indexOf("<", index)
      const end = next === -1 ? source.length : next
      const text = source.slice(index, end)
      if (stack.length > 0) {
        stack[stack.length - 1].text += decodeEntities(text)
      } else if (text.trim() !== "") {
        throw new Error("character data outside the root element")
      }
      index = end
    }
  }
  if (!root || stack.length > 0) {
    throw new Error(stack.length > 0 ? `<${stack[stack.length - 1].name}> is not closed` : "no root element")
  }
  return root
}

export function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(":")
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1)
}

/** Every element below `root` (depth first, document order) that matches. */
export function descendants(
  root: ParsedElement,
  matches: (element: ParsedElement) => boolean
): ParsedElement[] {
  const found: ParsedElement[] = []
  const visit = (element: ParsedElement): void => {
    for (const child of element.children) {
      if (matches(child)) {
        found.push(child)
      }
      visit(child)
    }
  }
  visit(root)
  return found
}

/** Text of an element and all its descendants. */
export function textContent(element: ParsedElement): string {
  return element.text + element.children.map(textContent).join("")
}

/** Text of the element reached by a path of local names ("SellerTradeParty/Name"), or undefined. */
export function textAt(root: ParsedElement, path: string): string | undefined {
  let current: ParsedElement | undefined = root
  for (const step of path.split("/")) {
    const next: ParsedElement | undefined = current
      ? descendants(current, (element) => localName(element.name) === step)[0]
      : undefined
    current = next
  }
  return current?.text
}

function normalizeSpace(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(" ")
}
