import type { Article } from "../articles/types.js";

/** The article fields a briefing reads. */
export type BriefingArticle = Pick<
  Article,
  "id" | "title" | "url" | "source" | "date" | "addedAt" | "paragraphs"
> &
  Partial<Pick<Article, "feedId">>;

/** One sentence of a story summary and the sources it rests on (1-based, as printed: [1], [2]). */
export interface CitedSentence {
  text: string;
  citations: number[];
}

/** What a writer returns: when `text` is a translation, `original` is the sentence in the sources' language, which is what gets checked. */
export interface WrittenSentence extends CitedSentence {
  original?: string | undefined;
}

export interface StorySource {
  /** 1-based citation number. */
  number: number;
  articleId: string;
  title: string;
  url: string;
  source: string;
  date: string;
}

export type StoryEngine = "llm" | "extractive";

export interface Story {
  headline: string;
  sentences: CitedSentence[];
  sources: StorySource[];
  /** Articles in the story. */
  size: number;
  /** Distinct outlets (hosts). */
  outlets: number;
  /** Newest article date (YYYY-MM-DD). */
  latest: string;
  engine: StoryEngine;
  /** LLM sentences removed because no source sentence supports them. */
  unsupportedRemoved: number;
  /** Why the extractive summary answered when an LLM is configured; null otherwise. */
  fallback: StoryFallback | null;
}

/** Reason codes, worded by the adapter. */
export type StoryFallback =
  | { kind: "llm-failed" }
  | { kind: "llm-unsupported" }
  | { kind: "llm-skipped"; reason: "budget" | "limit" };

export interface Briefing {
  /** Epoch ms: articles dated on or after this day are included. */
  since: number;
  /** Articles considered (after filters and the cap). */
  articleCount: number;
  /** Articles left out because of the cap. */
  omitted: number;
  stories: Story[];
  /** The newest article date (YYYY-MM-DD) of all articles, in the window or not; null for none. */
  newestDate: string | null;
  /** Stories found, before the cap on stories shown. */
  totalStories: number;
  /** The summaries' engine: "llm" when every written story came from the LLM. */
  engine: StoryEngine | "mixed";
  /** True when no LLM is configured (the extractive path answered by design). */
  llmConfigured: boolean;
}

/** What a story writer (the LLM) is given: the sources of one story, numbered. */
export interface StoryWriterInput {
  headline: string;
  sources: ReadonlyArray<{ number: number; title: string; source: string; text: string }>;
  /** Sentences wanted (2–4). */
  sentences: number;
  /** BCP 47 tag of the summary language, when a server asked for one. */
  language?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** The port an LLM implements (src/openai/briefing.ts): sentences with the sources they cite. */
export interface StoryWriter {
  readonly model: string;
  write(input: StoryWriterInput): Promise<WrittenSentence[]>;
}
