/**
 * Quote extraction in phases over a shared layout (src/quotes/layout.ts): reported statements
 * (reported.ts), direct quotes (direct.ts), the learned model's attributions (learned.ts, unless the
 * rules engine alone is asked for), links from uncued quotes to a speaker nearby and speaker
 * resolution (resolve.ts). See docs/adr/0018-attribution-model.md.
 */
import { findDirectCandidates } from "./direct.js";
import { buildLayout, countWords } from "./layout.js";
import { type AttributionModel, addModelCandidates, type CombineSettings } from "./learned.js";
import { findReportedCandidates } from "./reported.js";
import { linkUncued, resolveSpeakers } from "./resolve.js";
import type { Quote, QuoteEngine, QuoteSource } from "./types.js";

export { QUOTE_ENGINES, type QuoteEngine } from "./types.js";

export interface ExtractOptions {
  engine?: QuoteEngine;
  /** Another trained model (cross-validation); the committed one by default. */
  model?: AttributionModel;
  /** Other combination settings (cross-validation); the committed ones by default. */
  settings?: CombineSettings;
}

/** Direct quotes and reported statements of a cleaned article, with resolved speakers, in text order. */
export function extractQuotes(article: QuoteSource, options: ExtractOptions = {}): Quote[] {
  const layout = buildLayout(article);
  const reported = findReportedCandidates(layout);
  const direct = findDirectCandidates(layout, reported.candidates, reported.sentenceCues);
  let candidates = [...reported.candidates, ...direct];
  if ((options.engine ?? "rules") === "combined") {
    candidates = addModelCandidates(layout, candidates, options.model, options.settings);
  }
  linkUncued(layout, candidates);
  return resolveSpeakers(layout, candidates);
}

/** Words that make a quote worth leading a digest with. */
const TELLING =
  /\b(?:will|must|never|always|not|no|should|cannot|can’t|won’t|we|our|I|believe|hope|fear|want)\b/i;

/**
 * The most telling direct quote with a speaker: a complete statement of a readable length (about
 * 8–60 words) that says something (a commitment, a judgement, a warning), earliest first on ties.
 */
export function pickTellingQuote(quotes: readonly Quote[]): Quote | undefined {
  let best: Quote | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const q of quotes) {
    if (q.kind !== "direct" || q.speaker === null) continue;
    const words = countWords(q.text);
    let score = Math.min(words, 40);
    if (words < 6) score -= 20;
    if (words > 60) score -= (words - 60) * 0.5;
    if (TELLING.test(q.text)) score += 8;
    if (/[.!?]$/.test(q.text)) score += 3;
    if (q.speakerTitle) score += 2;
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}
