/**
 * A minimal XML writer for the e-invoice formats: element trees built with
 * `element()` and serialized with `renderXml()`. Text and attribute values are
 * escaped here, once, so the writers never concatenate raw strings.
 */

export type XmlElement = {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

/**
 * What element() accepts as children: absent values (null, undefined, false,
 * "") are dropped and arrays flattened, so optional parts read naturally.
 */
export type XmlChild = XmlNode | null | undefined | false | XmlChild[]

/** The XML 1.0 "Char" production: everything else cannot appear, not even as a character reference. */
function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  )
}

/**
 * Drops control characters, lone surrogates, U+FFFE and U+FFFF. They can only
 * come from pasted text, and dropping them keeps the document well-formed.
 */
function removeNonXmlCharacters(value: string): string {
  let kept = ""
  // for...of walks code points; a lone surrogate comes out on its own and is dropped.
  for (const character of value) {
    if (isXmlCharacter(character.codePointAt(0) ?? 0)) {
      kept += character
    }
  }
  return kept
}

/** Escapes character data: `&`, `<`, and `>` (so that `]]>` can never appear). */
export function escapeText(value: string): string {
  return removeNonXmlCharacters(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}

/**
 * Escapes an attribute value for double quotes. Tab, LF and CR become
 * character references because a parser would otherwise normalize them to spaces.
 */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
}

const XML_NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/

function flatten(children: XmlChild[], into: XmlNode[]): XmlNode[] {
  for (const child of children) {
    if (Array.isArray(child)) {
      flatten(child, into)
    } else if (child !== null && child !== undefined && child !== false && child !== "") {
      into.push(child)
    }
  }
  return into
}

/**
 * Builds an element. Attributes whose value is null or undefined are left out.
 * `element("cbc:ID", { schemeID: "0009" }, "123")`.
 */
export function element(
  name: string,
  attributes: Record<string, string | null | undefined> = {},
  ...children: XmlChild[]
): XmlElement {
  if (!XML_NAME.test(name)) {
    throw new Error(`"${name}" is not a valid XML element name`)
  }
  const presentAttributes: Record<string, string> = {}
  for (const [attribute, value] of Object.entries(attributes)) {
    if (!XML_NAME.test(attribute)) {
      throw new Error(`"${attribute}" is not a valid XML attribute name`)
    }
    if (value !== null && value !== undefined) {
      presentAttributes[attribute] = value
    }
  }
  return { name, attributes: presentAttributes, children: flatten(children, []) }
}

/** Shorthand for the common case: an element without attributes. */
export function el(name: string, ...children: XmlChild[]): XmlElement {
  return element(name, {}, ...children)
}

/** An element holding one text value, or nothing when the value is absent or empty. */
export function optionalText(
  name: string,
  value: string | null | undefined,
  attributes: Record<string, string | null | undefined> = {}
): XmlElement | null {
  return value === null || value === undefined || value === "" ? null : element(name, attributes, value)
}

function renderElement(node: XmlElement, depth: number, out: string[]): void {
  const indent = "  ".repeat(depth)
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("")
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attributes}/>\n`)
    return
  }
  // Elements holding text are written on one line, without indentation inside,
  // so that whitespace never leaks into a value. The formats have no mixed content.
  if (node.children.some((child) => typeof child === "string")) {
    if (node.children.some((child) => typeof child !== "string")) {
      throw new Error(`<${node.name}> mixes text and elements, which the e-invoice formats never do`)
    }
    const text = (node.children as string[]).map(escapeText).join("")
    out.push(`${indent}<${node.name}${attributes}>${text}</${node.name}>\n`)
    return
  }
  out.push(`${indent}<${node.name}${attributes}>\n`)
  for (const child of node.children as XmlElement[]) {
    renderElement(child, depth + 1, out)
  }
  out.push(`${indent}</${node.name}>\n`)
}

/** Serializes a document with its UTF-8 declaration, indented by two spaces. */
export function renderXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n']
  renderElement(root, 0, out)
  return out.join("")
}
