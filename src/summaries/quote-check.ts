/**
 * The quote check: text an LLM puts in quotation marks must appear verbatim in the article, after
 * normalizing white space and quote marks (curly to straight, apostrophes included). A sentence that
 * carries a quote which does not is removed, and the removed quotes are reported.
 */

const OPEN_CLOSE: ReadonlyArray<[string, string]> = [
  ["“", "”"],
  ["„", "“"],
  ["«", "»"],
  ['"', '"'],
  ["‘", "’"],
];

/** White space collapsed, curly quotes and apostrophes straightened, guillemets made double quotes. */
export function normalizeForQuotes(text: string): string {
  return text
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The spans a text puts in quotation marks (double quotes of any style, and curly single quotes). */
export function findQuotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const [open, close] of OPEN_CLOSE) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      let end = text.indexOf(close, start + 1);
      // For single quotes, a closing mark with a letter right after it is an apostrophe (it’s).
      while (open === "‘" && end >= 0 && /[\p{L}\p{N}]/u.test(text[end + 1] ?? "")) {
        end = text.indexOf(close, end + 1);
      }
      if (end < 0) break;
      spans.push(text.slice(start + 1, end));
      from = end + 1;
    }
  }
  return spans.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The pieces of a quote that must each appear: split at ellipses, trimmed of edge punctuation. */
function quotePieces(quote: string): string[] {
  return normalizeForQuotes(quote)
    .split(/\s*(?:\.\.\.|…|\[\.\.\.\])\s*/)
    .map((piece) => piece.replace(/^[\s.,;:!?'"-]+|[\s.,;:!?'"-]+$/g, ""))
    .filter((piece) => piece.length > 0);
}

/** True when every piece of the quote appears in the article, verbatim after normalization. */
export function isQuoteInArticle(quote: string, normalizedArticle: string): boolean {
  return quotePieces(quote).every((piece) => normalizedArticle.includes(piece));
}

function splitSummarySentences(text: string): string[] {
  return text.split(/(?<=[.!?][”"’']?)\s+(?=[“"‘'\p{Lu}\p{N}-])/u);
}

export interface QuoteCheckResult {
  text: string;
  keyPoints: string[];
  /** The quotes that were not found in the article and were removed with their sentence. */
  removed: string[];
}

/** Removes every sentence (or key point) that quotes text the article does not contain. */
export function checkQuotes(
  summary: { text: string; keyPoints: readonly string[] },
  articleText: string,
): QuoteCheckResult {
  const article = normalizeForQuotes(articleText);
  const removed: string[] = [];
  const bad = (piece: string): boolean => {
    const missing = findQuotedSpans(piece).filter((q) => !isQuoteInArticle(q, article));
    removed.push(...missing);
    return missing.length > 0;
  };
  const text = summary.text
    .split("\n")
    .map((line) => {
      const bullet = /^(\s*[-*•]\s+)/.exec(line)?.[1];
      if (bullet !== undefined) return bad(line) ? null : line;
      return splitSummarySentences(line)
        .filter((sentence) => !bad(sentence))
        .join(" ");
    })
    .filter((line): line is string => line !== null)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const keyPoints = summary.keyPoints.filter((point) => !bad(point));
  return { text, keyPoints, removed };
}

/** The note that says quotes were removed. */
export function describeRemovedQuotes(removed: readonly string[]): string | null {
  if (removed.length === 0) return null;
  const list = removed.map((q) => `“${q.length > 80 ? `${q.slice(0, 79)}…` : q}”`).join(", ");
  return removed.length === 1
    ? `Removed a quote not found in the article: ${list}.`
    : `Removed ${removed.length} quotes not found in the article: ${list}.`;
}
