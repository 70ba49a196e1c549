/**
 * The citation check: does some source sentence support a summary sentence? A sentence is
 * supported by a source when one of the source's sentences (or two adjacent ones, since a summary
 * often fuses them) contains at least `threshold` of the summary sentence's distinct content words
 * (recall after lower-casing, stop-word removal and light stemming), and every number the summary
 * sentence states appears there too. The default threshold comes from the sweep on generated
 * summaries (bench/briefings.ts; figures in docs/benchmarks.md).
 */
import { splitSentences } from "../articles/sentences.js";
import { contentWords } from "./vectors.js";

export const DEFAULT_SUPPORT_THRESHOLD = 0.6;

/** A source prepared for checking: its sentences' content-word sets, windows of one and two. */
export interface PreparedSource {
  windows: Set<string>[];
  sentences: string[];
}

function numbersOf(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, ""));
}

function tokenSet(text: string): Set<string> {
  const set = new Set(contentWords(text));
  for (const number of numbersOf(text)) set.add(number);
  return set;
}

/** Splits a source text into sentences and builds its windows. */
export function prepareSource(text: string): PreparedSource {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    for (const span of splitSentences(paragraph)) sentences.push(span.text);
  }
  const sets = sentences.map(tokenSet);
  const windows = [...sets];
  for (let i = 0; i + 1 < sets.length; i++) windows.push(new Set([...sets[i]!, ...sets[i + 1]!]));
  return { windows, sentences };
}

/**
 * How well the best window of a source supports a sentence: the share of the sentence's content
 * words found there (0 when a number of the sentence is missing from that window; 1 for a sentence
 * with no content word).
 */
export function supportScore(sentence: string, source: PreparedSource): number {
  const words = new Set(contentWords(sentence));
  const numbers = numbersOf(sentence);
  if (words.size === 0 && numbers.length === 0) return 1;
  let best = 0;
  for (const window of source.windows) {
    if (!numbers.every((n) => window.has(n))) continue;
    let found = 0;
    for (const word of words) if (window.has(word)) found++;
    const recall = words.size === 0 ? 1 : found / words.size;
    if (recall > best) best = recall;
  }
  return best;
}

export interface CheckedSentence {
  text: string;
  /** Indices (0-based) of the sources that support the sentence, best first. */
  supportedBy: number[];
  score: number;
}

export interface CitationCheckResult {
  kept: CheckedSentence[];
  removed: CheckedSentence[];
}

/**
 * Checks each sentence against every source: kept with the sources that support it (score at or
 * above the threshold), or removed when none does.
 */
export function checkCitations(
  sentences: readonly string[],
  sources: readonly PreparedSource[],
  threshold = DEFAULT_SUPPORT_THRESHOLD,
): CitationCheckResult {
  const kept: CheckedSentence[] = [];
  const removed: CheckedSentence[] = [];
  for (const text of sentences) {
    const scores = sources.map((source) => supportScore(text, source));
    const supportedBy = scores
      .map((score, index) => ({ score, index }))
      .filter((s) => s.score >= threshold)
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .map((s) => s.index);
    const checked = { text, supportedBy, score: Math.max(0, ...scores) };
    (supportedBy.length > 0 ? kept : removed).push(checked);
  }
  return { kept, removed };
}
