/**
 * The briefing service: reads the articles from a source (the corpus), builds the briefing with the
 * LLM story writer when there is one and the caller may use it, extractively otherwise. The
 * composition root builds one; commands and digests call it.
 */
import type { Clock } from "../clock.js";
import {
  type BuildBriefingOptions,
  buildBriefing,
  DEFAULT_MAX_ARTICLES,
  dayOf,
} from "./briefing.js";
import type { Briefing, BriefingArticle, StoryWriter } from "./types.js";

/** Stories one briefing asks the LLM to write; the rest are extractive (and say so). */
export const DEFAULT_LLM_STORIES = 5;

export interface BriefingRequest {
  /** Epoch ms. */
  since: number;
  source?: string | undefined;
  /** Only this feed's articles ("f" and 16 hex digits). */
  feedId?: string | undefined;
  /** Who asks (see ArticleWindow.viewer). */
  viewer?: ArticleWindow["viewer"];
  /** False when the LLM budget refused: every story is extractive and says why. */
  useLlm: boolean;
  language?: string | undefined;
  maxStories?: number;
  signal?: AbortSignal | undefined;
}

export interface BriefingService {
  /** The writer's model, or null when no LLM is configured. */
  readonly llmModel: string | null;
  brief(request: BriefingRequest): Promise<Briefing>;
  /** Groups articles already chosen (a digest's) into stories; no date filter. */
  briefArticles(
    articles: readonly BriefingArticle[],
    request: Omit<BriefingRequest, "since" | "source" | "feedId">,
  ): Promise<Briefing>;
}

/** The window a briefing reads: articles dated on or after `day`, newest first, at most `limit`. */
export interface ArticleWindow {
  /** YYYY-MM-DD (UTC). */
  day: string;
  source?: string | undefined;
  /** Only this feed's articles: the provider filters by the feed id in the article id. */
  feedId?: string | undefined;
  limit: number;
  /** Who asks: the corpus shows them only the articles granted to them (a server's feeds). */
  viewer?: { guildId?: string | undefined; userId?: string | undefined } | undefined;
}

export interface BriefingServiceOptions {
  /** The articles of a window (the corpus's `list` then `get`: never the whole corpus). */
  articles: (
    window: ArticleWindow,
  ) => Promise<readonly BriefingArticle[]> | readonly BriefingArticle[];
  writer: StoryWriter | null;
  /** The newest article's date in the whole corpus (for the hint on an empty briefing). */
  newestDate?: () => Promise<string | null>;
  clock: Clock;
  llmStories?: number;
  onWriterError?: (error: unknown) => void;
}

export function createBriefingService(options: BriefingServiceOptions): BriefingService {
  return {
    llmModel: options.writer?.model ?? null,
    async brief(request) {
      const articles = await options.articles({
        day: dayOf(request.since),
        source: request.source?.toLowerCase().replace(/^www\./, ""),
        limit: DEFAULT_MAX_ARTICLES + 1,
        viewer: request.viewer,
        ...(request.feedId ? { feedId: request.feedId } : {}),
      });
      const build: BuildBriefingOptions = {
        since: request.since,
        source: request.source,
        feedId: request.feedId,
        writer: options.writer,
        llmStories: request.useLlm ? (options.llmStories ?? DEFAULT_LLM_STORIES) : 0,
        llmSkipReason: request.useLlm ? "limit" : "budget",
        language: request.language,
        signal: request.signal,
      };
      if (request.maxStories !== undefined) build.maxStories = request.maxStories;
      if (options.onWriterError) build.onWriterError = options.onWriterError;
      const briefing = await buildBriefing(articles, build);
      if (briefing.stories.length === 0 && options.newestDate) {
        return { ...briefing, newestDate: await options.newestDate() };
      }
      return briefing;
    },
    async briefArticles(articles, request) {
      const build: BuildBriefingOptions = {
        since: Number.NEGATIVE_INFINITY,
        writer: options.writer,
        llmStories: request.useLlm ? (options.llmStories ?? DEFAULT_LLM_STORIES) : 0,
        llmSkipReason: request.useLlm ? "limit" : "budget",
        language: request.language,
        signal: request.signal,
        maxArticles: Number.POSITIVE_INFINITY,
      };
      if (request.maxStories !== undefined) build.maxStories = request.maxStories;
      if (options.onWriterError) build.onWriterError = options.onWriterError;
      return buildBriefing(articles, build);
    },
  };
}
