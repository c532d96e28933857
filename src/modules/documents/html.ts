/**
 * Safe HTML for the document templates. Every interpolated value goes
 * through `html`, which escapes it unless it is a fragment `html` itself
 * produced, so no text of a document (a buyer named `<script>`, a title with
 * `&`) can become markup.
 */

/** A fragment of trusted markup: produced by `html` or declared with `raw`. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup
  }
}

type Interpolation = string | number | SafeHtml | null | undefined | readonly Interpolation[]

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/** Escapes text for both element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}

/** Marks markup as trusted. Only for the templates' constants (style sheets), never for document data. */
export function raw(trustedMarkup: string): SafeHtml {
  return new SafeHtml(trustedMarkup)
}

function interpolate(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.markup
  if (Array.isArray(value)) return value.map(interpolate).join("")
  if (value === null || value === undefined) return ""
  return escapeHtml(String(value))
}

/** Tagged template: escapes every interpolation except nested `html` fragments; null and undefined print nothing. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let markup = strings[0]
  values.forEach((value, index) => {
    markup += interpolate(value) + strings[index + 1]
  })
  return new SafeHtml(markup)
}

/** A whole page: the doctype, then the document. */
export function page(document: SafeHtml): string {
  return `<!DOCTYPE html>\n${document.markup}\n`
}
