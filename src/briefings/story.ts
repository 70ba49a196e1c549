/**
 * One story from one cluster: its headline (the most representative title), its sources numbered
 * for citation, and an extractive summary that picks sentences across the cluster by maximal
 * marginal relevance (MMR): a sentence scores for its position in its article (leads carry the
 * news), for how much the other sources report the same (coverage) and for length; redundancy with
 * what is already picked costs, and a source not yet drawn on earns a bonus, so the summary draws
 * on several sources. Each sentence cites every source that supports it (src/briefings/support.ts).
 */
import { splitSentences } from "../articles/sentences.js";
import { checkCitations, DEFAULT_SUPPORT_THRESHOLD, prepareSource } from "./support.js";
import type { BriefingArticle, CitedSentence, StorySource } from "./types.js";
import { contentWords, cosine, tfIdfVectors } from "./vectors.js";

const CANDIDATES_PER_ARTICLE = 8;
const MIN_CONTENT_WORDS = 5;
const MAX_WORDS = 60;
const LAMBDA = 0.7;
const MAX_REDUNDANCY = 0.5;
const NEW_SOURCE_BONUS = 0.15;
const BOILERPLATE = /^(by\s|published|updated|read more|click|follow|share|subscribe|photo:)/i;

/** Sentences a story summary has for a cluster of `size` articles: 2, 3, then 4. */
export function storySentenceCount(size: number): number {
  return Math.min(4, size + 1);
}

/** The article whose title shares the most content words with the other titles (ties: newest). */
export function representativeArticle<A extends BriefingArticle>(articles: readonly A[]): A {
  const sets = articles.map((a) => new Set(contentWords(a.title)));
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  sets.forEach((set, i) => {
    let score = 0;
    sets.forEach((other, j) => {
      if (i === j || set.size === 0) return;
      let shared = 0;
      for (const word of set) if (other.has(word)) shared++;
      score += shared / (set.size + other.size - shared);
    });
    const a = articles[i]!;
    const b = articles[best]!;
    const newer = a.date > b.date || (a.date === b.date && a.addedAt > b.addedAt);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && newer)) {
      best = i;
      bestScore = score;
    }
  });
  return articles[best]!;
}

/** Sources numbered [1], [2], …: the representative article first, then newest first. */
export function numberSources(
  articles: readonly BriefingArticle[],
  representative: BriefingArticle,
): { articles: BriefingArticle[]; sources: StorySource[] } {
  const rest = articles
    .filter((a) => a !== representative)
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? 1
          : -1
        : b.addedAt - a.addedAt || (a.id < b.id ? -1 : 1),
    );
  const ordered = [representative, ...rest];
  return {
    articles: ordered,
    sources: ordered.map((a, i) => ({
      number: i + 1,
      articleId: a.id,
      title: a.title,
      url: a.url,
      source: a.source,
      date: a.date,
    })),
  };
}

interface Candidate {
  text: string;
  source: number;
  position: number;
  tokens: string[];
}

function candidatesOf(articles: readonly BriefingArticle[]): Candidate[] {
  const out: Candidate[] = [];
  articles.forEach((article, source) => {
    let position = 0;
    for (const paragraph of article.paragraphs) {
      for (const span of splitSentences(paragraph)) {
        if (position >= CANDIDATES_PER_ARTICLE) return;
        const text = span.text.replace(/\s+/g, " ").trim();
        const tokens = contentWords(text);
        const words = text.split(" ").length;
        if (tokens.length >= MIN_CONTENT_WORDS && words <= MAX_WORDS && !BOILERPLATE.test(text)) {
          out.push({ text, source, position, tokens });
        }
        position++;
      }
    }
  });
  return out;
}

/** Picks up to `count` sentences across the sources by MMR; indices into `candidates`. */
function pickByMmr(candidates: readonly Candidate[], sourceCount: number, count: number): number[] {
  const vectors = tfIdfVectors(candidates.map((c) => c.tokens));
  const scores = candidates.map((c, i) => {
    let coverage = 0;
    for (let s = 0; s < sourceCount; s++) {
      if (s === c.source) continue;
      let best = 0;
      candidates.forEach((other, j) => {
        if (other.source === s) best = Math.max(best, cosine(vectors[i]!, vectors[j]!));
      });
      coverage += best;
    }
    coverage /= Math.max(1, sourceCount - 1);
    return 1 / (1 + c.position / 3) + coverage + (0.4 * Math.min(c.tokens.length, 12)) / 12;
  });
  const picked: number[] = [];
  const usedSources = new Set<number>();
  while (picked.length < count) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    candidates.forEach((c, i) => {
      if (picked.includes(i)) return;
      const redundancy = picked.reduce((m, j) => Math.max(m, cosine(vectors[i]!, vectors[j]!)), 0);
      if (redundancy > MAX_REDUNDANCY) return;
      const bonus = usedSources.has(c.source) ? 0 : NEW_SOURCE_BONUS;
      const value = LAMBDA * scores[i]! - (1 - LAMBDA) * redundancy + bonus;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    if (best < 0) break;
    picked.push(best);
    usedSources.add(candidates[best]!.source);
  }
  return picked;
}

/**
 * The extractive summary of a story: 2–4 sentences picked across its (already numbered) articles,
 * each citing every source that supports it. Falls back to the lead of the first article when no
 * sentence qualifies as a candidate.
 */
export function summarizeStoryExtractively(
  articles: readonly BriefingArticle[],
  count = storySentenceCount(articles.length),
  supportThreshold = DEFAULT_SUPPORT_THRESHOLD,
): CitedSentence[] {
  const candidates = candidatesOf(articles);
  let texts: string[];
  if (candidates.length === 0) {
    const first = articles[0]?.paragraphs.join(" ") ?? "";
    texts = splitSentences(first)
      .slice(0, count)
      .map((s) => s.text);
  } else {
    texts = pickByMmr(candidates, articles.length, count).map((i) => candidates[i]!.text);
  }
  const prepared = articles.map((a) => prepareSource(a.paragraphs.join("\n\n")));
  const { kept } = checkCitations(texts, prepared, supportThreshold);
  return kept.map((s) => ({
    text: s.text,
    citations: s.supportedBy.map((i) => i + 1).sort((a, b) => a - b),
  }));
}
