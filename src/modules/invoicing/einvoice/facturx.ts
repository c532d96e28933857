import { createHash } from "node:crypto"
import {
  AFRelationship,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFRef,
  PDFString,
} from "pdf-lib"
import type { InvoiceDocument } from "../document"
import { documentTitle } from "./content"
import { SRGB_ICC_BASE64 } from "./srgb-icc"
import { escapeText } from "./xml"

/**
 * Turns the invoice PDF (Chromium's output) into a Factur-X document: a
 * PDF/A-3B with the CII XML attached as factur-x.xml, the XMP metadata that
 * declares both, and the sRGB output intent PDF/A requires.
 *
 * What this cannot vouch for is the rest of PDF/A-3B, which depends on how the
 * PDF was drawn: Chromium embeds every font and draws without encryption or
 * JavaScript, which is what PDF/A asks of the page content.
 */

export const FACTURX_FILE_NAME = "factur-x.xml"

/** Factur-X 1.0 XMP extension namespace (the "1p0" is the version). */
const FACTURX_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
const FACTURX_VERSION = "1.0"
const FACTURX_CONFORMANCE_LEVEL = "EN 16931"

let srgbProfile: Uint8Array | null = null

function readSrgbProfile(): Uint8Array {
  srgbProfile ??= new Uint8Array(Buffer.from(SRGB_ICC_BASE64, "base64"))
  return srgbProfile
}

/** XMP dates: ISO 8601 in UTC, to the second, the same instant as the Info dictionary's "D:...Z". */
function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z")
}

function toSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000)
}

type PdfInfo = {
  title: string
  author: string
  subject: string
  creator: string
  producer: string
  created: Date
  modified: Date
}

function factureXExtensionSchema(): string {
  const property = (name: string, description: string) => `
            <rdf:li rdf:parseType="Resource">
              <pdfaProperty:name>${name}</pdfaProperty:name>
              <pdfaProperty:valueType>Text</pdfaProperty:valueType>
              <pdfaProperty:category>external</pdfaProperty:category>
              <pdfaProperty:description>${description}</pdfaProperty:description>
            </rdf:li>`
  // PDF/A only accepts XMP properties from schemas it knows or that the file describes itself.
  return `
    <rdf:Description rdf:about=""
        xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
        xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas>
        <rdf:Bag>
          <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>${FACTURX_NAMESPACE}</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>fx</pdfaSchema:prefix>
            <pdfaSchema:property>
              <rdf:Seq>${[
                property("DocumentFileName", "The name of the embedded XML document"),
                property(
                  "DocumentType",
                  "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"
                ),
                property(
                  "Version",
                  "The actual version of the standard applying to the embedded XML document"
                ),
                property("ConformanceLevel", "The conformance level of the embedded XML document"),
              ].join("")}
              </rdf:Seq>
            </pdfaSchema:property>
          </rdf:li>
        </rdf:Bag>
      </pdfaExtension:schemas>
    </rdf:Description>`
}

/** The XMP packet: PDF/A-3B identification, the Info dictionary's values, and the Factur-X properties. */
export function facturXXmp(info: PdfInfo): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
      <pdfaid:part>3</pdfaid:part>
      <pdfaid:conformance>B</pdfaid:conformance>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeText(info.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq><rdf:li>${escapeText(info.author)}</rdf:li></rdf:Seq></dc:creator>
      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeText(info.subject)}</rdf:li></rdf:Alt></dc:description>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
      <pdf:Producer>${escapeText(info.producer)}</pdf:Producer>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
      <xmp:CreatorTool>${escapeText(info.creator)}</xmp:CreatorTool>
      <xmp:CreateDate>${xmpDate(info.created)}</xmp:CreateDate>
      <xmp:ModifyDate>${xmpDate(info.modified)}</xmp:ModifyDate>
      <xmp:MetadataDate>${xmpDate(info.modified)}</xmp:MetadataDate>
    </rdf:Description>
    <rdf:Description rdf:about="" xmlns:fx="${FACTURX_NAMESPACE}">
      <fx:DocumentType>INVOICE</fx:DocumentType>
      <fx:DocumentFileName>${FACTURX_FILE_NAME}</fx:DocumentFileName>
      <fx:Version>${FACTURX_VERSION}</fx:Version>
      <fx:ConformanceLevel>${FACTURX_CONFORMANCE_LEVEL}</fx:ConformanceLevel>
    </rdf:Description>${factureXExtensionSchema()}
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}

function attachInvoiceXml(pdf: PDFDocument, xml: Uint8Array, modified: Date): PDFRef {
  const context = pdf.context
  const fileStream = context.flateStream(xml, {
    Type: "EmbeddedFile",
    Subtype: "text/xml",
    Params: { Size: xml.length, ModDate: PDFString.fromDate(modified) },
  })
  const fileStreamRef = context.register(fileStream)
  const fileSpecRef = context.register(
    context.obj({
      Type: "Filespec",
      F: PDFString.of(FACTURX_FILE_NAME),
      UF: PDFHexString.fromText(FACTURX_FILE_NAME),
      EF: { F: fileStreamRef, UF: fileStreamRef },
      Desc: PDFString.of("Factur-X invoice (UN/CEFACT CII, EN 16931)"),
      // Factur-X: the XML is an equivalent representation of the visible invoice.
      AFRelationship: AFRelationship.Alternative,
    })
  )
  const catalog = pdf.catalog
  const names = catalog.lookupMaybe(PDFName.of("Names"), PDFDict) ?? context.obj({})
  // Exactly one attachment: a previous factur-x.xml (a re-run) is replaced, not doubled.
  names.set(
    PDFName.of("EmbeddedFiles"),
    context.obj({ Names: [PDFString.of(FACTURX_FILE_NAME), fileSpecRef] })
  )
  catalog.set(PDFName.of("Names"), names)
  // PDF/A-3 requires associated files to be listed in the catalog's /AF.
  catalog.set(PDFName.of("AF"), context.obj([fileSpecRef]))
  return fileSpecRef
}

function addSrgbOutputIntent(pdf: PDFDocument): void {
  const context = pdf.context
  const profileRef = context.register(context.flateStream(readSrgbProfile(), { N: 3 }))
  const outputIntent = context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
    RegistryName: PDFString.of("http://www.color.org"),
    Info: PDFString.of("sRGB IEC61966-2.1"),
    DestOutputProfile: profileRef,
  })
  pdf.catalog.set(PDFName.of("OutputIntents"), context.obj([outputIntent]))
}

function setMetadata(pdf: PDFDocument, info: PdfInfo): void {
  pdf.setTitle(info.title)
  pdf.setAuthor(info.author)
  pdf.setSubject(info.subject)
  pdf.setCreator(info.creator)
  pdf.setProducer(info.producer)
  pdf.setCreationDate(info.created)
  pdf.setModificationDate(info.modified)
  // Keywords would have to be mirrored in XMP too; the document has none to offer.
  const infoDict = pdf.context.lookup(pdf.context.trailerInfo.Info)
  if (infoDict instanceof PDFDict) {
    infoDict.delete(PDFName.of("Keywords"))
  }
  const xmp = new TextEncoder().encode(facturXXmp(info))
  // Left uncompressed so that tools reading XMP without a PDF parser can find it.
  const metadata = pdf.context.stream(xmp, { Type: "Metadata", Subtype: "XML", Length: xmp.length })
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(metadata))
}

/** PDF/A requires a file identifier in the trailer; Chromium writes one, pdf-lib does not. */
function ensureFileIdentifier(pdf: PDFDocument, seed: Uint8Array): void {
  const trailer = pdf.context.trailerInfo
  if (trailer.ID instanceof PDFArray && trailer.ID.size() === 2) {
    return
  }
  const id = PDFHexString.of(createHash("md5").update(seed).digest("hex"))
  trailer.ID = pdf.context.obj([id, id])
}

/**
 * Embeds the CII as factur-x.xml and makes the PDF a Factur-X (EN 16931
 * profile) PDF/A-3B. Returns the new PDF; the input is not modified.
 */
export async function embedFacturX(
  pdf: Uint8Array,
  ciiXml: string,
  doc: InvoiceDocument
): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  const xml = new TextEncoder().encode(ciiXml)
  const modified = toSecond(new Date())
  const title = documentTitle(doc)
  const info: PdfInfo = {
    title,
    author: doc.seller.legal_name,
    subject: `${title} from ${doc.seller.legal_name} to ${doc.buyer.legal_name}`,
    creator: "medusa-plugin-o2c",
    // The plugin made the document; the browser that laid it out is a detail
    // (its producer string names a Chromium build, not who issued this).
    producer: "medusa-plugin-o2c (pdf-lib)",
    created: toSecond(document.getCreationDate() ?? modified),
    modified,
  }
  attachInvoiceXml(document, xml, modified)
  addSrgbOutputIntent(document)
  setMetadata(document, info)
  ensureFileIdentifier(document, xml)
  return document.save({ updateFieldAppearances: false })
}
