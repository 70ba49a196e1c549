/**
 * The citation check: does a source support a summary sentence? A sentence is supported by a
 * source when at most two of the source's sentences (a summary often fuses two facts) contain at
 * least `threshold` of the summary sentence's distinct content words (recall after lower-casing,
 * stop-word removal and light stemming), and every number and every capitalized name the summary
 * sentence states appears in them too (a changed figure or a swapped name is the fabrication that
 * word overlap alone misses). The default threshold comes from the sweep on generated summaries
 * (bench/briefings.ts; figures in docs/benchmarks.md).
 */
import { splitSentences } from "../articles/sentences.js";
import { contentWords } from "./vectors.js";

export const DEFAULT_SUPPORT_THRESHOLD = 0.7;

/** A source prepared for checking: the token set of each of its sentences. */
export interface PreparedSource {
  sets: Set<string>[];
  sentences: string[];
}

function numbersOf(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, ""));
}

/** Capitalized words after the first word: names, as content words (lower case, stemmed). */
function namesOf(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .flatMap((w) => contentWords(w));
}

function tokenSet(text: string): Set<string> {
  const set = new Set(contentWords(text));
  for (const number of numbersOf(text)) set.add(number);
  return set;
}

/** Splits a source text (paragraphs separated by blank lines) into sentences. */
export function prepareSource(text: string): PreparedSource {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    for (const span of splitSentences(paragraph)) sentences.push(span.text);
  }
  return { sets: sentences.map(tokenSet), sentences };
}

/** How well a source supports a sentence, and which of its sentences (0-based) give that support. */
export interface Support {
  score: number;
  /** The one or two source sentences that cover the sentence best, in source order; empty at 0. */
  sentences: number[];
}

/**
 * How well a source supports a sentence: the share of the sentence's content words found in the
 * source sentence that covers most of them, plus the one that covers most of the rest; 0 when a
 * number or name of the sentence is in neither, 1 for a sentence with no content word.
 */
export function findSupport(sentence: string, source: PreparedSource): Support {
  const words = new Set(contentWords(sentence));
  const required = [...numbersOf(sentence), ...namesOf(sentence)];
  if (words.size === 0 && required.length === 0) return { score: 1, sentences: [] };
  const covered = (set: Set<string>, skip: Set<string> | null) => {
    let found = 0;
    for (const word of words) if (set.has(word) && !skip?.has(word)) found++;
    return found;
  };
  let first = -1;
  let firstFound = -1;
  source.sets.forEach((set, i) => {
    const found = covered(set, null);
    if (found > firstFound) {
      first = i;
      firstFound = found;
    }
  });
  if (first < 0) return { score: 0, sentences: [] };
  const firstSet = source.sets[first]!;
  let best = { found: firstFound, union: firstSet, index: -1 };
  source.sets.forEach((set, i) => {
    if (i === first) return;
    const extra = covered(set, firstSet);
    if (extra > best.found - firstFound) best = { found: firstFound + extra, union: set, index: i };
  });
  const has = (token: string) => firstSet.has(token) || best.union.has(token);
  if (!required.every(has)) return { score: 0, sentences: [] };
  const sentences = best.index < 0 ? [first] : [first, best.index].sort((a, b) => a - b);
  return { score: words.size === 0 ? 1 : best.found / words.size, sentences };
}

/** `findSupport`'s score alone. */
export function supportScore(sentence: string, source: PreparedSource): number {
  return findSupport(sentence, source).score;
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
