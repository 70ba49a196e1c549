/**
 * A generated test set for the quote check: phrases taken verbatim from real articles (real quotes)
 * and the same phrases with one word changed, two words swapped or fragments reordered around an
 * ellipsis (fabricated quotes), each wrapped in every quotation style and placed inside summary prose,
 * a bullet or a key point. Used by test/summaries/quote-check.test.ts and bench/quote-check.ts.
 */

export interface QuoteStyle {
  name: string;
  open: string;
  close: string;
}

export const QUOTE_STYLES: readonly QuoteStyle[] = [
  { name: 'straight "…"', open: '"', close: '"' },
  { name: "straight '…'", open: "'", close: "'" },
  { name: "curly “…”", open: "“", close: "”" },
  { name: "curly ‘…’", open: "‘", close: "’" },
  { name: "low-high „…“", open: "„", close: "“" },
  { name: "low-high ‚…‘", open: "‚", close: "‘" },
  { name: "guillemets «…»", open: "«", close: "»" },
  { name: "spaced guillemets « … »", open: "« ", close: " »" },
  { name: "reversed guillemets »…«", open: "»", close: "«" },
  { name: "single guillemets ‹…›", open: "‹", close: "›" },
  { name: "corner 「…」", open: "「", close: "」" },
  { name: "white corner 『…』", open: "『", close: "』" },
  { name: "fullwidth ＂…＂", open: "＂", close: "＂" },
  { name: 'mismatched “…"', open: "“", close: '"' },
  { name: 'mismatched "…”', open: '"', close: "”" },
  { name: "mismatched „…”", open: "„", close: "”" },
  { name: "mismatched ‘…'", open: "‘", close: "'" },
];

export type Placement = "prose" | "bullet" | "key point";
export const PLACEMENTS: readonly Placement[] = ["prose", "bullet", "key point"];

/** Words no article is likely to hold; a fabricated quote uses one that its article does not. */
const FOREIGN_WORDS = [
  "unanimously",
  "catastrophically",
  "secretly",
  "zebras",
  "quadrillion",
  "flamboyant",
  "never-ending",
  "bewildered",
];

const ANY_MARK = /["“”„‟«»＂〝〞〟″「」『』‹›‚‛`]/u;

/** True when a phrase can be quoted cleanly: no quote marks but apostrophes inside words or after s. */
function isQuotable(phrase: string): boolean {
  if (ANY_MARK.test(phrase)) return false;
  const singles = phrase.replace(/[\p{L}\p{N}]['’][\p{L}\p{N}]/gu, "").replace(/s['’](?= )/g, "");
  if (/['’‘]/.test(singles)) return false;
  return /^[\p{L}\p{N}]/u.test(phrase) && /[\p{L}\p{N}]$/u.test(phrase);
}

/** Phrases of `words` words from the article's sentences, at most `perArticle` of them. */
export function pickPhrases(articleText: string, words: number, perArticle: number): string[] {
  const phrases: string[] = [];
  const sentences = articleText.split(/(?<=[.!?])\s+/);
  for (const sentence of sentences) {
    const tokens = sentence.split(" ").filter((t) => t.length > 0);
    if (tokens.length < words + 2) continue;
    const phrase = tokens
      .slice(1, 1 + words)
      .join(" ")
      .replace(/[,;:]$/, "");
    if (isQuotable(phrase)) phrases.push(phrase);
    if (phrases.length >= perArticle) break;
  }
  return phrases;
}

/** A fabricated variant of a real phrase: a word replaced, two words swapped, or fragments reversed. */
export function fabricate(phrase: string, articleText: string, variant: number): string | null {
  const words = phrase.split(" ");
  const lower = articleText.toLowerCase();
  const foreign = FOREIGN_WORDS.filter((w) => !lower.includes(w));
  const pick = foreign[variant % Math.max(1, foreign.length)];
  switch (variant % 3) {
    case 0: {
      if (pick === undefined) return null;
      const at = 1 + (variant % Math.max(1, words.length - 2));
      return [...words.slice(0, at), pick, ...words.slice(at + 1)].join(" ");
    }
    case 1: {
      if (pick === undefined) return null;
      return [...words.slice(0, -1), pick, words.at(-1)].join(" ");
    }
    default: {
      const half = Math.floor(words.length / 2);
      const first = words.slice(0, half).join(" ");
      const second = words.slice(half).join(" ");
      const reversed = `${second} … ${first}`;
      const secondAt = articleText.indexOf(second);
      const inOrder = secondAt >= 0 && articleText.indexOf(first, secondAt + second.length) >= 0;
      return inOrder ? null : reversed;
    }
  }
}

/** A real quote may use an ellipsis: the middle words left out. */
export function elide(phrase: string): string {
  const words = phrase.split(" ");
  if (words.length < 7) return phrase;
  return `${words.slice(0, 3).join(" ")} … ${words.slice(-3).join(" ")}`;
}

/** Quotation marks around `quote`; `breakLine` moves one inner space to a line break. */
export function wrap(quote: string, style: QuoteStyle, breakLine: boolean): string {
  let inner = quote;
  if (breakLine) {
    const mid = inner.indexOf(" ", Math.floor(inner.length / 2));
    if (mid > 0) inner = `${inner.slice(0, mid)}\n${inner.slice(mid + 1)}`;
  }
  return `${style.open}${inner}${style.close}`;
}

export interface PlacedSummary {
  text: string;
  keyPoints: string[];
}

/** The quoted text inside a summary: in a prose sentence between two others, a bullet or a key point. */
export function place(quoted: string, placement: Placement): PlacedSummary {
  const before = "The article reports a new development.";
  const after = "Talks are expected to continue next week.";
  switch (placement) {
    case "prose":
      return {
        text: `${before} A spokesperson said ${quoted}, according to the report. ${after}`,
        keyPoints: [],
      };
    case "bullet":
      return {
        text: `- ${before}\n- Officials said ${quoted} on the day.\n- ${after}`,
        keyPoints: [],
      };
    default:
      return { text: `${before} ${after}`, keyPoints: [`Officials: ${quoted}.`, after] };
  }
}

export interface QuoteCase {
  article: string;
  quote: string;
  fabricated: boolean;
  style: QuoteStyle;
  placement: Placement;
  breakLine: boolean;
  summary: PlacedSummary;
}

/** Every real and fabricated case for the given articles, in every style and placement. */
export function buildQuoteCases(articles: readonly string[], perArticle = 2): QuoteCase[] {
  const cases: QuoteCase[] = [];
  let variant = 0;
  for (const article of articles) {
    for (const phrase of pickPhrases(article, 8, perArticle)) {
      for (const style of QUOTE_STYLES) {
        for (const placement of PLACEMENTS) {
          for (const breakLine of [false, true]) {
            variant++;
            const real = variant % 4 === 0 ? elide(phrase) : phrase;
            const fake = fabricate(phrase, article, variant);
            for (const [quote, fabricated] of [
              [real, false],
              [fake, true],
            ] as const) {
              if (quote === null) continue;
              const summary = place(wrap(quote, style, breakLine), placement);
              cases.push({ article, quote, fabricated, style, placement, breakLine, summary });
            }
          }
        }
      }
    }
  }
  return cases;
}

/** True when the quote check kept the case's quotation (its sentence, bullet or key point survived). */
export function quoteSurvived(
  result: { text: string; keyPoints: readonly string[] },
  placement: Placement,
): boolean {
  if (placement === "key point") return result.keyPoints.some((p) => p.startsWith("Officials:"));
  return /spokesperson said|Officials said/.test(result.text);
}
