/**
 * The types of the quote evaluation (bench/eval-quotes.ts): gold attributions, what an extractor
 * returns, and the scores.
 */
import type { Article } from "../src/articles/types.js";
import type { Quote } from "../src/quotes/types.js";

export interface GoldAttribution {
  file: string;
  content: string;
  content_start: number;
  content_end: number;
  source: string | null;
  kind: "direct" | "mixed" | "indirect";
  /** Offset of the source span in the raw body (absent in hand-made test data). */
  source_start?: number;
}

/**
 * What an extractor returns for the eval: quote texts, their kind and speaker. `start` (into
 * `article.text`) places a quote where it was found; without it, at its text's first occurrence
 * (compromise gives no positions).
 */
export type EvalExtractor = (
  article: Article,
) => (Pick<Quote, "kind" | "text" | "speaker" | "speakerTitle"> & { start?: number })[];

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
}

export interface QuoteScores {
  direct: PrecisionRecall;
  all: PrecisionRecall;
  /** Speaker accuracy on gold sources that name someone (the headline figure); null when the
   * extractor names no speakers. */
  speakerAccuracy: number | null;
  speakerScored: number;
  /** Every speaker figure, by kind of gold source; null when the extractor names no speakers. */
  speakers: SpeakerScores | null;
  /** Predicted quotes whose text could not be found in the raw body. */
  unplaced: number;
}

export interface QuoteEvaluation {
  articles: number;
  goldAttributions: number;
  ours: QuoteScores;
  baseline: QuoteScores;
  seconds: number;
}

export interface Accuracy {
  accuracy: number;
  scored: number;
}

/**
 * - named: gold sources with a proper name, matched against the source taken whole (see
 *   `speakerNamesSource`).
 * - referring: pronoun, relative or description sources (`he`, `who`, `the Florida senator`),
 *   matched against the source or its approximate antecedent — PolNeAR annotates no coreference.
 * - all: both together.
 * - old: the first session's metric (name cut at the first comma; pronouns pooled), kept so the
 *   change shows.
 */
export interface SpeakerScores {
  named: Accuracy;
  referring: Accuracy;
  all: Accuracy;
  old: Accuracy;
}

/**
 * Told, for every predicted quote, whether the eval counts it correct (all-attribution rule) and,
 * for a correct one whose gold source names someone, whether its speaker is right (else null).
 */
export type Judge = (
  quote: ReturnType<EvalExtractor>[number],
  correct: boolean,
  speakerRight: boolean | null,
  /** The gold content it overlaps most (null when none or when it could not be placed). */
  gold?: GoldAttribution | null,
) => void;

/**
 * A direct-quote error as the direct figures count it: `fp`, a predicted direct quote not half
 * inside a gold content holding quoted words; `fn`, a gold `direct` content not half covered by
 * predicted direct quotes. Spans index the raw article body (after its header line).
 */
export interface DirectError {
  type: "fp" | "fn";
  file: string;
  body: string;
  span: [number, number];
  /** fp: the predicted quote; fn: null. */
  quote: ReturnType<EvalExtractor>[number] | null;
  /** fp: the gold content it overlaps most (any kind), or null; fn: the gold missed. */
  gold: GoldAttribution | null;
  /** fp: whether the all-attribution rule counts it correct; fn: always false. */
  correctForAll: boolean;
  /** fn: the predicted direct quotes overlapping the gold (raw spans); fp: empty. */
  overlapping: [number, number][];
}
