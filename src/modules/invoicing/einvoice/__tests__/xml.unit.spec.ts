import { decodeEntities, parseXml, textAt } from "../../../../../integration-tests/helpers/en16931"
import { el, element, escapeAttribute, escapeText, optionalText, renderXml } from "../xml"

describe("escapeText", () => {
  it.each([
    ["plain", "plain"],
    ["Dupont & Fils", "Dupont &amp; Fils"],
    ["<box of 100>", "&lt;box of 100&gt;"],
    ["]]>", "]]&gt;"],
    [`"quotes" and 'apostrophes'`, `"quotes" and 'apostrophes'`],
    ["Saint-Étienne × Œuvre 日本", "Saint-Étienne × Œuvre 日本"],
    ["line\nbreak\ttab", "line\nbreak\ttab"],
    ["bell\u0007 and NUL\u0000 dropped", "bell and NUL dropped"],
    ["lone \uD800 surrogate", "lone  surrogate"],
    ["emoji 🔩 kept", "emoji 🔩 kept"],
    ["\uFFFE\uFFFF", ""],
  ])("%j -> %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })
})

describe("escapeAttribute", () => {
  it.each([
    ["EUR", "EUR"],
    [`a "quoted" & <tagged>`, "a &quot;quoted&quot; &amp; &lt;tagged&gt;"],
    ["it's", "it's"],
    ["tab\tnewline\ncr\r", "tab&#9;newline&#10;cr&#13;"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeAttribute(input)).toBe(expected)
  })
})

describe("element and renderXml", () => {
  it("drops absent children and attributes, flattens arrays and indents", () => {
    const xml = renderXml(
      element(
        "root",
        { currencyID: "EUR", missing: null, absent: undefined },
        el("a", "1"),
        null,
        false,
        undefined,
        "",
        [el("b", "2"), [el("c")]],
        optionalText("d", null),
        optionalText("e", ""),
        optionalText("f", "x", { schemeID: "VA" })
      )
    )
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<root currencyID="EUR">\n  <a>1</a>\n  <b>2</b>\n  <c/>\n  <f schemeID="VA">x</f>\n</root>\n'
    )
  })

  it.each(["1abc", "a b", "a<b", "", "x:y:z"])("refuses the element name %j", (name) => {
    expect(() => el(name)).toThrow("is not a valid XML element name")
  })

  it("refuses an invalid attribute name", () => {
    expect(() => element("a", { "bad name": "x" })).toThrow("is not a valid XML attribute name")
  })

  it("refuses mixed content, which the formats never use", () => {
    expect(() => renderXml(el("a", "text", el("b")))).toThrow("mixes text and elements")
  })

  it.each([
    "Dupont & Fils <Lyon>",
    `L'Atelier "Ça & Là"`,
    "a ]]> b",
    "tab\tand\nnewline",
    "&amp; stays literal",
    "🔩 M8 × 40",
  ])("round-trips %j through a parser, as text and as attribute", (value) => {
    const root = parseXml(renderXml(element("root", { value }, el("text", value))))
    expect(root.attributes.value).toBe(value)
    expect(textAt(root, "text")).toBe(value)
  })
})

describe("parseXml (test helper)", () => {
  it("reads attributes spanning lines, in either quotes, with references", () => {
    const root = parseXml(`<?xml version="1.0"?>
<!-- report -->
<svrl:failed-assert test="a &lt; b"
                    id='BR-CO-15'
                    flag="fatal"
                    location="/*:Invoice[1]">
  <svrl:text>[BR-CO-15]-Total &amp; parts &#233;&#x20AC;<![CDATA[ <raw> ]]></svrl:text>
  <empty/>
</svrl:failed-assert>`)
    expect(root.attributes).toEqual({
      test: "a < b",
      id: "BR-CO-15",
      flag: "fatal",
      location: "/*:Invoice[1]",
    })
    expect(textAt(root, "text")).toBe("[BR-CO-15]-Total & parts é€ <raw> ")
    expect(root.children.map((child) => child.name)).toEqual(["svrl:text", "empty"])
  })

  it.each([
    ["<a><b></a>", "</a> does not close <b>"],
    ["<a>", "<a> is not closed"],
    ["<a/><b/>", "more than one root element"],
    ["<a x=1/>", "expected a quoted value"],
    ["<a>&nbsp;</a>", "unknown entity &nbsp;"],
    ["", "no root element"],
  ])("refuses %j", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message)
  })

  it.each([
    ["&lt;&gt;&amp;&quot;&apos;", `<>&"'`],
    ["&#65;&#x42;", "AB"],
    ["&#x1F529;", "🔩"],
    ["no references", "no references"],
  ])("decodes %j", (raw, expected) => {
    expect(decodeEntities(raw)).toBe(expected)
  })
})
