/**
 * A briefing: the articles since a time, grouped into stories (src/briefings/cluster.ts), each with
 * a headline, numbered sources and a 2–4 sentence summary with citations. The summary is written by
 * the injected StoryWriter (the LLM) when there is one — every sentence it writes is checked against
 * the sources and removed when none supports it — and extractively otherwise, or when the writer
 * fails or none of its sentences survives. Plain data out: the adapter words and renders it.
 */

import { isAbortError } from "../errors.js";
import { feedIdOfArticle } from "../feeds/article.js";
import { type ClusterOptions, clusterArticles } from "./cluster.js";
import {
  numberSources,
  representativeArticle,
  storySentenceCount,
  summarizeStoryExtractively,
} from "./story.js";
import { checkCitations, DEFAULT_SUPPORT_THRESHOLD, prepareSource } from "./support.js";
import type {
  Briefing,
  BriefingArticle,
  CitedSentence,
  Story,
  StoryFallback,
  StoryWriter,
  WrittenSentence,
} from "./types.js";

export const DEFAULT_MAX_ARTICLES = 300;
export const DEFAULT_MAX_STORIES = 10;
/** Characters of each source's text given to the writer. */
const WRITER_SOURCE_CHARS = 2_000;
/** Stories the writer writes at once. */
const WRITER_CONCURRENCY = 3;
/** Sources of one story given to the writer. */
const WRITER_MAX_SOURCES = 6;

export interface SelectOptions {
  /** Epoch ms; articles dated (UTC day) on or after its day are kept. */
  since: number;
  /** A host, with or without `www.`. */
  source?: string | undefined;
  /** A feed id ("f" and 16 hex digits): only that feed's articles (src/feeds/article.ts). */
  feedId?: string | undefined;
  maxArticles?: number;
}

/** The UTC day (YYYY-MM-DD) of an epoch-ms time. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Articles dated on or after the day of `since`, from `source` and `feedId` when given; newest first, at most `maxArticles`. */
export function selectBriefingArticles<A extends BriefingArticle>(
  articles: readonly A[],
  options: SelectOptions,
): { selected: A[]; omitted: number } {
  const day = Number.isFinite(options.since) ? dayOf(options.since) : "";
  const source = options.source?.toLowerCase().replace(/^www\./, "");
  const matching = articles
    .filter(
      (a) =>
        a.date >= day &&
        (!source || a.source === source) &&
        (!options.feedId || feedIdOfArticle(a) === options.feedId),
    )
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? 1
          : -1
        : b.addedAt - a.addedAt || (a.id < b.id ? -1 : 1),
    );
  const max = options.maxArticles ?? DEFAULT_MAX_ARTICLES;
  return { selected: matching.slice(0, max), omitted: Math.max(0, matching.length - max) };
}

/** Biggest stories first: most outlets, then most articles, then newest, then headline. */
export function compareStories(
  a: Pick<Story, "outlets" | "size" | "latest" | "headline">,
  b: Pick<Story, "outlets" | "size" | "latest" | "headline">,
): number {
  return (
    b.outlets - a.outlets ||
    b.size - a.size ||
    (a.latest !== b.latest ? (a.latest < b.latest ? 1 : -1) : 0) ||
    a.headline.localeCompare(b.headline)
  );
}

export interface BuildBriefingOptions extends SelectOptions {
  writer?: StoryWriter | null | undefined;
  /** Stories the writer may write (the LLM budget); the rest are extractive. Default: all. */
  llmStories?: number;
  /** Why stories beyond `llmStories` are extractive (for the note). */
  llmSkipReason?: "budget" | "limit";
  maxStories?: number;
  cluster?: ClusterOptions;
  supportThreshold?: number;
  language?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Called with a failure of the writer (logged by the adapter). */
  onWriterError?: (error: unknown) => void;
}

interface Draft {
  headline: string;
  articles: BriefingArticle[];
  base: Omit<Story, "sentences" | "engine" | "unsupportedRemoved" | "fallback">;
}

function draftStory(cluster: readonly BriefingArticle[]): Draft {
  const representative = representativeArticle(cluster);
  const { articles, sources } = numberSources(cluster, representative);
  const latest = cluster
    .map((a) => a.date)
    .sort()
    .at(-1)!;
  return {
    headline: representative.title,
    articles,
    base: {
      headline: representative.title,
      sources,
      size: cluster.length,
      outlets: new Set(cluster.map((a) => a.source)).size,
      latest,
    },
  };
}

async function writeStory(
  draft: Draft,
  options: BuildBriefingOptions,
): Promise<{ sentences: CitedSentence[]; removed: number } | { failed: StoryFallback }> {
  const writer = options.writer!;
  const count = storySentenceCount(draft.articles.length);
  let written: WrittenSentence[];
  try {
    written = await writer.write({
      headline: draft.headline,
      sources: draft.articles.slice(0, WRITER_MAX_SOURCES).map((a, i) => ({
        number: i + 1,
        title: a.title,
        source: a.source,
        text: a.paragraphs.join("\n\n").slice(0, WRITER_SOURCE_CHARS),
      })),
      sentences: count,
      language: options.language,
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error) || options.signal?.aborted) throw error;
    options.onWriterError?.(error);
    return { failed: { kind: "llm-failed" } };
  }
  const prepared = draft.articles.map((a) => prepareSource(a.paragraphs.join("\n\n")));
  // A translated sentence is checked through its original (the sources' language).
  const { kept, removed } = checkCitations(
    written.map((s) => s.original ?? s.text),
    prepared,
    options.supportThreshold ?? DEFAULT_SUPPORT_THRESHOLD,
  );
  if (kept.length === 0) return { failed: { kind: "llm-unsupported" } };
  const shown = new Map(written.map((s) => [s.original ?? s.text, s.text]));
  return {
    sentences: kept.map((s) => ({
      text: shown.get(s.text) ?? s.text,
      citations: s.supportedBy.map((i) => i + 1).sort((a, b) => a - b),
    })),
    removed: removed.length,
  };
}

/** Builds a briefing from articles (any order); see the module comment. */
export async function buildBriefing(
  articles: readonly BriefingArticle[],
  options: BuildBriefingOptions,
): Promise<Briefing> {
  const { selected, omitted } = selectBriefingArticles(articles, options);
  const drafts = clusterArticles(selected, options.cluster).map(draftStory);
  drafts.sort((a, b) => compareStories(a.base, b.base));
  const kept = drafts.slice(0, options.maxStories ?? DEFAULT_MAX_STORIES);
  const llmStories = options.writer ? (options.llmStories ?? kept.length) : 0;
  const storyOf = async (draft: Draft, index: number): Promise<Story> => {
    const extractive = (fallback: StoryFallback | null, removed = 0): Story => ({
      ...draft.base,
      sentences: summarizeStoryExtractively(draft.articles, undefined, options.supportThreshold),
      engine: "extractive",
      unsupportedRemoved: removed,
      fallback,
    });
    if (!options.writer) return extractive(null);
    if (index >= llmStories) {
      return extractive({ kind: "llm-skipped", reason: options.llmSkipReason ?? "limit" });
    }
    const result = await writeStory(draft, options);
    if ("failed" in result) return extractive(result.failed);
    return {
      ...draft.base,
      sentences: result.sentences,
      engine: "llm",
      unsupportedRemoved: result.removed,
      fallback: null,
    };
  };
  // The writer's stories run WRITER_CONCURRENCY at a time; the order of the stories is kept.
  const stories = new Array<Story>(kept.length);
  let next = 0;
  const worker = async () => {
    while (next < kept.length) {
      const index = next++;
      stories[index] = await storyOf(kept[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITER_CONCURRENCY, kept.length) }, worker));
  const engines = new Set(stories.map((s) => s.engine));
  return {
    since: options.since,
    articleCount: selected.length,
    omitted,
    stories,
    totalStories: drafts.length,
    newestDate: articles.reduce<string | null>(
      (newest, a) => (newest === null || a.date > newest ? a.date : newest),
      null,
    ),
    engine: engines.size > 1 ? "mixed" : engines.has("llm") ? "llm" : "extractive",
    llmConfigured: Boolean(options.writer),
  };
}
