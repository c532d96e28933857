import { escapeHtml, html, raw } from "../html"

describe("escapeHtml", () => {
  it.each([
    ["<b>", "&lt;b&gt;"],
    ["Dubois & Fils", "Dubois &amp; Fils"],
    [`"quoted"`, "&quot;quoted&quot;"],
    ["l'Industrie", "l&#39;Industrie"],
    ["&amp;", "&amp;amp;"],
    ["Saint-Étienne × 40", "Saint-Étienne × 40"],
  ])("%s -> %s", (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped)
  })
})

describe("html", () => {
  it.each([
    ["escapes text", html`<p>${"<i>"}</p>`, "<p>&lt;i&gt;</p>"],
    ["keeps nested fragments", html`<p>${html`<i>${"&"}</i>`}</p>`, "<p><i>&amp;</i></p>"],
    [
      "joins arrays",
      html`<ul>${["a", "<b>"].map((item) => html`<li>${item}</li>`)}</ul>`,
      "<ul><li>a</li><li>&lt;b&gt;</li></ul>",
    ],
    ["prints nothing for null and undefined", html`<p>${null}${undefined}</p>`, "<p></p>"],
    ["prints numbers", html`<p>${42}</p>`, "<p>42</p>"],
    ["trusts raw() only", html`<style>${raw("a > b {}")}</style>`, "<style>a > b {}</style>"],
    ["escapes attributes", html`<img alt="${`" onerror="x`}">`, `<img alt="&quot; onerror=&quot;x">`],
  ])("%s", (_, fragment, markup) => {
    expect(fragment.markup).toBe(markup)
  })
})
