/**
 * Quote extraction in phases over a shared layout (src/quotes/layout.ts): reported statements
 * (reported.ts), direct quotes (direct.ts), the learned model's attributions (learned.ts, unless the
 * rules engine alone is asked for), links from uncued quotes to a speaker nearby and speaker
 * resolution (resolve.ts). See docs/adr/0018-attribution-model.md.
 */
import { findDirectCandidates } from "./direct.js";
import { addInterviewAnswers } from "./interview.js";
import type { Candidate } from "./layout.js";
import { buildLayout, countWords } from "./layout.js";
import {
  type AttributionModel,
  addModelCandidates,
  type CombineSettings,
  committedFilter,
} from "./learned.js";
import type { Evidence } from "./learned-evidence.js";
import { keepsStatement, type StatementFilter } from "./model/filter.js";
import { statementFeatures } from "./model/filter-features.js";
import { findReportedCandidates } from "./reported.js";
import { linkUncued, resolveSpeakers } from "./resolve.js";
import { addTranscriptTurns } from "./transcript.js";
import type { Quote, QuoteEngine, QuoteSource } from "./types.js";

export { QUOTE_ENGINES, type QuoteEngine } from "./types.js";

export interface ExtractOptions {
  engine?: QuoteEngine;
  /** Another trained model (cross-validation); the committed one by default. */
  model?: AttributionModel;
  /** Other combination settings (cross-validation); the committed ones by default. */
  settings?: CombineSettings;
  /** Another statement filter (cross-validation), or null for none; by default the committed one
   * with the committed model, none with another model. */
  filter?: StatementFilter | null;
}

/** A quote of the combined engine with the statement filter's features (before the filter). */
export interface ScoredQuote {
  quote: Quote;
  features: string[];
}

/** Direct quotes and reported statements of a cleaned article, with resolved speakers, in text order. */
export function extractQuotes(article: QuoteSource, options: ExtractOptions = {}): Quote[] {
  if ((options.engine ?? "rules") === "rules") {
    const layout = buildLayout(article);
    const candidates = findRuleCandidates(layout);
    linkUncued(layout, candidates);
    return resolveSpeakers(layout, candidates);
  }
  // The committed filter was trained on the committed tagger's statements: another model gets none
  // unless it brings its own.
  const filter =
    options.filter !== undefined ? options.filter : options.model ? null : committedFilter();
  const scored = extractScoredQuotes(article, options);
  return scored
    .filter((s) => filter === null || keepsStatement(filter, s.quote.kind, s.features))
    .map((s) => s.quote);
}

function findRuleCandidates(layout: ReturnType<typeof buildLayout>): Candidate[] {
  const reported = findReportedCandidates(layout);
  const direct = findDirectCandidates(layout, reported.candidates, reported.sentenceCues);
  return addTranscriptTurns(
    layout,
    addInterviewAnswers(layout, [...reported.candidates, ...direct]),
  );
}

/**
 * The combined engine's quotes (rules and model) before the statement filter, each with the
 * filter's features. The filter drops statements after speakers are resolved, so a dropped
 * statement still makes its speaker the latest one for the pronouns after it, as a kept one would.
 */
export function extractScoredQuotes(
  article: QuoteSource,
  options: Pick<ExtractOptions, "model" | "settings"> = {},
): ScoredQuote[] {
  const layout = buildLayout(article);
  const evidence = new Map<Candidate, Evidence>();
  const rules = findRuleCandidates(layout);
  const candidates = addModelCandidates(layout, rules, options.model, options.settings, evidence);
  linkUncued(layout, candidates);
  const quotes = resolveSpeakers(layout, candidates);
  const byPlace = new Map<string, Candidate>();
  // Shown statements per sentence, counted once (counting them per statement was quadratic).
  const perSentence = new Map<string, number>();
  const sentenceKey = (c: Candidate) => `${c.paragraph}:${c.sentence}`;
  for (const c of candidates) {
    if (c.hidden) continue;
    const key = `${c.kind}:${c.start}:${c.end}`;
    if (!byPlace.has(key)) byPlace.set(key, c);
    perSentence.set(sentenceKey(c), (perSentence.get(sentenceKey(c)) ?? 0) + 1);
  }
  const bySpeaker = quotesBySpeaker(quotes);
  return quotes.map((quote) => {
    const candidate = byPlace.get(`${quote.kind}:${quote.start}:${quote.end}`)!;
    // The others: all shown in its sentence but itself (shown, being found by place).
    const others = (perSentence.get(sentenceKey(candidate)) ?? 1) - 1;
    const tally = quote.speaker === null ? undefined : bySpeaker.get(quote.speaker);
    const sameSpeaker = tally
      ? { others: tally.all - 1, direct: tally.direct - (quote.kind === "direct" ? 1 : 0) }
      : null;
    const features = statementFeatures(
      layout,
      candidate,
      evidence.get(candidate),
      quote,
      others,
      sameSpeaker,
    );
    return { quote, features };
  });
}

/** How many of the quotes each speaker has, and how many of them are direct quotes. */
function quotesBySpeaker(quotes: readonly Quote[]): Map<string, { all: number; direct: number }> {
  const bySpeaker = new Map<string, { all: number; direct: number }>();
  for (const q of quotes) {
    if (q.speaker === null) continue;
    const tally = bySpeaker.get(q.speaker) ?? { all: 0, direct: 0 };
    tally.all++;
    if (q.kind === "direct") tally.direct++;
    bySpeaker.set(q.speaker, tally);
  }
  return bySpeaker;
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
