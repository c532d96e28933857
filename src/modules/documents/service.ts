import { MedusaError } from "@medusajs/framework/utils"
import { type O2cOptions, parseO2cOptions } from "../o2c/options"
import { documentLanguage, isLanguage, type Language } from "./i18n/language"
import { PdfRenderer, renderOnce } from "./renderer"
import { type DocumentKind, TEMPLATES, type ViewOf } from "./templates"
import type { DocumentTemplate } from "./templates/template"

/** A document to print: its kind, the language it is printed in, and the view model its context built. */
export type RenderRequest<K extends DocumentKind = DocumentKind> = {
  [Kind in K]: { kind: Kind; language: Language; view: ViewOf<Kind> }
}[K]

/**
 * The one place that prints documents: it owns the Chromium pool, the
 * templates, their fonts and their languages. Contexts build a view model
 * of their document (an invoice, a statement) and ask for a PDF; none of
 * them knows how it is laid out. No data of its own: the language a
 * document was printed in is kept by the context that owns the document.
 */
export default class DocumentsModuleService {
  readonly options: O2cOptions

  // One warm Chromium per process, launched on the first render.
  private renderer: PdfRenderer | null = null

  constructor(_container: Record<string, unknown>, options?: unknown) {
    this.options = parseO2cOptions(options)
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.renderer?.close()
    },
  }

  /** The language to print a company's document in: its own when it has one we print, else the store default. */
  languageFor(companyLanguage: unknown): Language {
    return documentLanguage(companyLanguage, this.options.defaultLanguage)
  }

  /** The document as the self-contained HTML page that is printed. */
  html(request: RenderRequest): string {
    if (!isLanguage(request.language)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Documents are printed in French (fr) or English (en), not "${request.language}"`
      )
    }
    const template = TEMPLATES[request.kind] as DocumentTemplate<ViewOf<DocumentKind>> | undefined
    if (!template) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `There is no template for a document of kind "${request.kind}"`
      )
    }
    return template(request.view, request.language)
  }

  /**
   * Prints a document to an A4 PDF with the process's warm Chromium, or,
   * with `freshBrowser`, one launched for this document alone (after a failed
   * render, the warm one may be what failed).
   */
  async renderPdf(request: RenderRequest, { freshBrowser = false }: { freshBrowser?: boolean } = {}) {
    const html = this.html(request)
    if (freshBrowser) {
      return renderOnce(html)
    }
    this.renderer ??= new PdfRenderer({ concurrency: this.options.invoicing.pdfConcurrency })
    return this.renderer.render(html)
  }
}
