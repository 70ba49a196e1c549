/**
 * The quote check: text an LLM puts in quotation marks must appear verbatim in the article, after
 * normalizing white space, quotation marks and dashes. Every quotation style is recognized (straight
 * double and single, curly, low-high „…“ and ‚…‘, guillemets «…» ‹…› »…«, CJK corner brackets, fullwidth
 * marks, mismatched marks, quotations across line breaks); an ellipsis splits a quotation into fragments
 * that must each appear, in order. A sentence (or bullet, or key point) that carries a quotation which
 * does not is removed, and the removed quotations are reported.
 */

/** Every double quotation mark, any of which may close a quotation any of them opened. */
const DOUBLE_MARKS = new Set(['"', "“", "”", "„", "‟", "«", "»", "＂", "〝", "〞", "〟", "″"]);
/** Every single quotation mark (apostrophes share some of these; see `singleOpens`). */
const SINGLE_MARKS = new Set(["'", "‘", "’", "‚", "‛", "‹", "›", "′", "`"]);
/** CJK corner brackets: unambiguous pairs. */
const CORNER_OPEN = new Set(["「", "『", "﹁", "﹃"]);
const CORNER_CLOSE = new Set(["」", "』", "﹂", "﹄"]);

type Family = "double" | "single" | "corner";

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** What may stand right before an opening mark: nothing, space, an opening bracket, a dash, a colon… */
const BEFORE_OPEN = /[\s([{<—–\-/:;,…]/u;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

function familyOf(ch: string): Family | null {
  if (DOUBLE_MARKS.has(ch)) return "double";
  if (SINGLE_MARKS.has(ch)) return "single";
  if (CORNER_OPEN.has(ch)) return "corner";
  return null;
}

/** True when the single mark at `i` opens a quotation (not an apostrophe or an elision like ’90s). */
function singleOpens(text: string, i: number): boolean {
  const before = text[i - 1];
  const next = text[i + 1];
  if (i > 0 && !BEFORE_OPEN.test(before!) && !DOUBLE_MARKS.has(before!)) return false;
  if (next === undefined) return false;
  if (isSpace(next) && text[i] !== "‹" && text[i] !== "›") return false;
  // Elisions: ’90s, ’em, ’tis, ’twas, rock ’n’ roll.
  const rest = text.slice(i + 1, i + 6);
  if (/^\d\ds\b/u.test(rest)) return false;
  if (/^(?:em|tis|twas|n)(?![\p{L}\p{N}])/iu.test(rest)) return false;
  return true;
}

/** True when the mark at `i` may close a quotation: after a non-space, before a non-letter. */
function closes(text: string, i: number): boolean {
  const spacedGuillemet = text[i] === "›" || text[i] === "‹";
  return i > 0 && (spacedGuillemet || !isSpace(text[i - 1])) && !isWord(text[i + 1]);
}

/** A plural possessive like `students’ union`: a closing-looking mark that probably is not one. */
function looksPossessive(text: string, i: number): boolean {
  return /[sSzZ]/.test(text[i - 1] ?? "") && isSpace(text[i + 1]) && isWord(text[i + 2]);
}

export interface QuotedSpan {
  /** The quoted words, without their marks. */
  text: string;
  /** Index of the opening mark. */
  start: number;
  /** Index just past the closing mark (or the end of the line when the quotation is not closed). */
  end: number;
}

/** Where a quotation's closing mark may be searched: up to the end of its paragraph. */
function paragraphEnd(text: string, from: number): number {
  const blank = text.slice(from).search(/\n\s*\n/);
  return blank < 0 ? text.length : from + blank;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}

/** The index of the closing mark for a quotation of `family` opened at `open`, or -1. */
function findClose(text: string, open: number, family: Family): number {
  const limit = paragraphEnd(text, open + 1);
  if (family === "corner") {
    for (let i = open + 1; i < limit; i++) if (CORNER_CLOSE.has(text[i]!)) return i;
    return -1;
  }
  if (family === "double") {
    for (let i = open + 1; i < limit; i++) {
      const ch = text[i]!;
      if (DOUBLE_MARKS.has(ch) && (!isSpace(text[i - 1]) || ch === "»" || ch === "«")) return i;
    }
    // A mismatched pair: “…’.
    for (let i = open + 1; i < limit; i++) {
      if (SINGLE_MARKS.has(text[i]!) && closes(text, i) && !looksPossessive(text, i)) return i;
    }
    return -1;
  }
  // Single marks: candidates up to the next single opening mark; the first that does not look like a
  // plural possessive wins, else the last (the longest quotation: `‘the students’ views’ on Monday`
  // must be checked whole, or a fabricated tail would hide behind a real head).
  let last = -1;
  for (let i = open + 1; i < limit; i++) {
    const ch = text[i]!;
    if (SINGLE_MARKS.has(ch)) {
      if (closes(text, i)) {
        if (!looksPossessive(text, i)) return i;
        last = i;
      } else if (singleOpens(text, i)) {
        break;
      }
    } else if (DOUBLE_MARKS.has(ch) && last < 0 && closes(text, i)) {
      return i; // A mismatched pair: ‘…”.
    }
  }
  return last;
}

/** The quotations in a text, with their positions; nested quotations are part of the outer one. */
export function findQuotations(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    // Every mark but `"`, `'` and a backtick is at U+00AB or above: most characters are turned
    // away on their code.
    const code = text.charCodeAt(i);
    if (code < 0xab && code !== 34 && code !== 39 && code !== 96) {
      i++;
      continue;
    }
    const ch = text[i]!;
    const family = familyOf(ch);
    const opens =
      family === "corner" ||
      (family === "double" && !isSpace(text[i + 1]) && text[i + 1] !== undefined) ||
      (family === "double" && (ch === "«" || ch === "»") && text[i + 1] !== undefined) ||
      (family === "single" && singleOpens(text, i));
    if (family === null || !opens) {
      i++;
      continue;
    }
    const close = findClose(text, i, family);
    const contentEnd = close < 0 ? lineEnd(text, i + 1) : close;
    const end = close < 0 ? contentEnd : close + 1;
    const words = text.slice(i + 1, contentEnd).trim();
    if (WORD.test(words)) spans.push({ text: words, start: i, end });
    i = end;
  }
  return spans;
}

/** The texts a text puts in quotation marks. */
export function findQuotedSpans(text: string): string[] {
  return findQuotations(text).map((span) => span.text);
}

/**
 * White space collapsed, every quotation mark and apostrophe made straight, every dash a hyphen,
 * compatibility forms (fullwidth letters, ligatures) folded, invisible characters dropped.
 */
export function normalizeForQuotes(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[“”„‟«»″〝〞〟＂「」『』﹁﹂﹃﹄]/g, '"')
    .replace(/[‘’‚‛‹›′`]/g, "'")
    .replace(/[‐‑‒–—―−﹘﹣－]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The pieces of a quote that must each appear, in order: split at ellipses, trimmed of edge marks. */
function quotePieces(quote: string): string[] {
  return normalizeForQuotes(quote)
    .split(/\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…)\s*/)
    .map((piece) => piece.replace(/^[\s.,;:!?'"\-()[\]]+|[\s.,;:!?'"\-()[\]]+$/g, ""))
    .filter((piece) => WORD.test(piece));
}

/** True when every piece of the quote appears in the article, in order, verbatim after normalization. */
export function isQuoteInArticle(quote: string, normalizedArticle: string): boolean {
  let from = 0;
  for (const piece of quotePieces(quote)) {
    const at = normalizedArticle.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** Sentence boundaries of one line: [start, end) ranges that cover it. */
function sentenceRanges(line: string, offset: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const boundary =
    /(?<=[.!?…][”"’'»›」』＂)]*)\s+(?=[“"‘'„‚«‹「『＂(\p{Lu}\p{N}-])|(?<=[。！？][」』”’]*)/gu;
  let start = 0;
  for (const match of line.matchAll(boundary)) {
    const at = match.index;
    if (at > start) ranges.push([offset + start, offset + at]);
    start = at + match[0].length;
  }
  if (start < line.length) ranges.push([offset + start, offset + line.length]);
  return ranges;
}

export interface QuoteCheckResult {
  text: string;
  keyPoints: string[];
  /** The quotes that were not found in the article and were removed with their sentence. */
  removed: string[];
}

/** The text without every unit (sentence or bullet line) that overlaps a quotation not in the article. */
function checkText(text: string, article: string, removed: string[]): string {
  const bad = findQuotations(text).filter((span) => !isQuoteInArticle(span.text, article));
  if (bad.length === 0) return text.trim();
  removed.push(...bad.map((span) => span.text));
  const overlapsBad = (start: number, end: number): boolean =>
    bad.some((span) => span.start < end && span.end > start);
  const lines: string[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^\s*(?:[-*•]|\d+[.)])\s+/.test(line)) {
      if (!overlapsBad(lineStart, lineStart + line.length)) lines.push(line);
      continue;
    }
    const kept = sentenceRanges(line, lineStart)
      .filter(([start, end]) => !overlapsBad(start, end))
      .map(([start, end]) => text.slice(start, end).trim());
    if (kept.length > 0 || line.trim() === "") lines.push(kept.join(" "));
  }
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Removes every sentence (or bullet, or key point) that quotes text the article does not contain. */
export function checkQuotes(
  summary: { text: string; keyPoints: readonly string[] },
  articleText: string,
): QuoteCheckResult {
  const article = normalizeForQuotes(articleText);
  const removed: string[] = [];
  const text = checkText(summary.text, article, removed);
  const keyPoints = summary.keyPoints.filter((point) => {
    const before = removed.length;
    checkText(point, article, removed);
    return removed.length === before;
  });
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
