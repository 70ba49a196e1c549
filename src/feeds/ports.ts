import type { Article } from "../articles/types.js";
import type { Feed } from "./types.js";

/** Validators from the previous response, sent back as If-None-Match / If-Modified-Since. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedResponse =
  | { status: "not-modified" }
  | {
      status: "ok";
      /** Where the document was finally served from (after redirects). */
      url: string;
      text: string;
      bytes: number;
      etag: string | null;
      lastModified: string | null;
      /** `Cache-Control: max-age`, seconds. */
      maxAgeSeconds: number | null;
    };

/**
 * Fetches feed documents with a conditional GET, over the safe fetcher (src/fetch/conditional.ts).
 * Throws FeedError with a code ("refused-address", "too-large", "http-status", "timeout"…).
 */
export interface FeedHttp {
  getFeed(url: string, validators: FeedValidators, signal?: AbortSignal): Promise<FeedResponse>;
}

/** The article behind an item's link, extracted but not yet cleaned. */
export interface ArticlePage {
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** YYYY-MM-DD, or null when the page gives no date. */
  publishedDate: string | null;
  /** Paragraphs separated by blank lines. */
  body: string;
  /** `body` cleaned, when the reader cleaned it already (on a work thread). */
  paragraphs?: string[];
  rawText: string;
}

/** Fetches and extracts the page behind a link (same SSRF rules). Throws on any refusal. */
export interface PageReader {
  readPage(url: string, signal?: AbortSignal): Promise<ArticlePage>;
}

/** Where a feed article goes: the article index, or seed-format files until the index lands. */
export interface FeedArticleSink {
  /**
   * Stores (or replaces, by id) one article. `guildIds` are the servers whose team content it is;
   * empty means every server's (a feed added from the command line, like the seeds folder).
   */
  put(article: Article, meta: { feedId: string; guildIds: string[] }): Promise<void>;
}

/**
 * Who sees the articles already stored from a feed: a server that starts following it gets them, one
 * that stops loses them (new articles carry the followers' grants when they are stored).
 */
export interface FeedVisibility {
  follow(feedId: string, guildId: string): Promise<void>;
  unfollow(feedId: string, guildId: string): Promise<void>;
}

/** Tells the channel that added a feed that it was disabled (posted once per disabling). */
export interface FeedNotifier {
  feedDisabled(feed: Feed): Promise<void>;
}

/** Mutual exclusion per feed poll (src/store/lock.ts satisfies it). */
export interface FeedLocks {
  tryAcquire(
    key: string,
    ttlMs: number,
  ): Promise<{ extend(ttlMs?: number): Promise<boolean>; release(): Promise<boolean> } | null>;
}
