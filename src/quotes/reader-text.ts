/**
 * A quotation's words as a reader sees them on one line: white space runs as one space, and the
 * opening mark that carries a quotation on into its next paragraph dropped (`…hard decisions.
 * “But I believe …`: the quotation is one, its first paragraph left open by convention).
 */
const CONTINUED_PARAGRAPH = /\n[^\S\n]*\n\s*[“"‘](?=\S)/g;

export function quoteForReader(text: string): string {
  return text.replace(CONTINUED_PARAGRAPH, " ").replace(/\s+/g, " ").trim();
}
