import { parseHTML } from "linkedom";

/** Block-level tags: each starts a new paragraph when HTML becomes text. */
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr|section|article|header|footer|aside|figure|figcaption|main|nav)\b[^>]*>/gi;
const DROPPED = /<(script|style|template|iframe|object|noscript)\b[\s\S]*?<\/\1\s*>/gi;

/** Decodes entities and drops tags: the text a browser would show for an HTML fragment. */
function textOf(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body?.textContent ?? "";
}

/**
 * A title as plain text: tags stripped, entities decoded, white space collapsed. Feeds put
 * `<b>`, `<em>` and escaped markup (`&lt;b&gt;`) in titles; a person should see neither.
 */
export function titleToText(value: string | null | undefined): string {
  if (!value) return "";
  let text = value;
  // Twice: feeds that escape their markup once more (`&lt;b&gt;`) decode to tags on the first pass.
  for (let pass = 0; pass < 2 && /[<&]/.test(text); pass++) {
    text = textOf(text.replace(DROPPED, " "));
  }
  return text.replace(/\s+/g, " ").trim();
}

/**
 * An HTML fragment (an item's content or summary) as paragraphs of plain text, one per block
 * element, in order. Scripts and styles are dropped. Plain text passes through, split at blank lines.
 */
export function htmlToParagraphs(html: string): string[] {
  if (!html.trim()) return [];
  // U+2029 (paragraph separator) marks the block boundaries through the parse.
  const marked = html.replace(DROPPED, " ").replace(BLOCK_TAG, " \u2029 ");
  const text = /[<&]/.test(marked) ? textOf(marked) : marked;
  return text
    .split(/\u2029|\n\s*\n/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter((block) => block !== "");
}
