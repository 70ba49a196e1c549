import type { Article } from "../articles/types.js";
import type { EngineFailure } from "./engine-error.js";

export type SummaryLength = "short" | "medium" | "long";
export type SummaryFormat = "paragraph" | "bullets";
export type SummaryEngine = "llm" | "extractive";

export const SUMMARY_LENGTHS: readonly SummaryLength[] = ["short", "medium", "long"];
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ["paragraph", "bullets"];
export const SUMMARY_ENGINES: readonly SummaryEngine[] = ["llm", "extractive"];

export interface SummaryOptions {
  length: SummaryLength;
  format: SummaryFormat;
  /** Omitted: the LLM when one is configured, else the extractive engine. */
  engine?: SummaryEngine;
  signal?: AbortSignal;
  /**
   * BCP 47 tag of the language to write in (a server's setting, src/settings); LLM only: the
   * extractive engine answers in the article's language.
   */
  language?: string | undefined;
  /** Streaming progress: the summary text written so far (LLM only). */
  onPartial?: (textSoFar: string) => void;
  /**
   * Called once, just before an upstream LLM call is made for this request (not on a cache hit, not
   * when the request joins a call already running). Paying for the call happens here; a throw (the
   * budget is spent) fails the request without calling the LLM.
   */
  beforeUpstream?: () => Promise<void>;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface Summary {
  text: string;
  keyPoints: string[];
  engine: SummaryEngine;
  model: string | null;
  cached: boolean;
  /**
   * True when this request joined an upstream call another request had started (single-flight): the
   * first requester pays for the call, the others pay nothing.
   */
  shared?: boolean;
  usage: TokenUsage | null;
  /** Set when something is worth saying: a fallback and why, or quotes removed. */
  note: string | null;
  /**
   * Why the LLM did not write this summary, when it is the extractive fallback: `note` says it in
   * English (the CLI), Discord words this code in the reader's language. Absent on summaries
   * written before it existed: their `note` is shown as it is.
   */
  fallback?: FallbackReason | undefined;
  /**
   * Quotes the quote check removed from an LLM summary: `note` says it in English (the CLI),
   * Discord words it in the reader's language. Absent when none was removed, and on older summaries.
   */
  removedQuotes?: string[] | undefined;
}

/** Why a summary is the extractive fallback: an engine failure, or "error" for anything else. */
export type FallbackReason = EngineFailure | "error";

export interface Summarizer {
  summarize(article: Article, options: SummaryOptions): Promise<Summary>;
}

/** `short` summaries: at most two sentences and this many characters. */
export const SHORT_MAX_CHARS = 400;
