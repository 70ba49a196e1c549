import { createHash } from "node:crypto";
import { raceAbort } from "../abort.js";
import { buildArticle, countWords } from "../articles/article.js";
import { cleanBody } from "../articles/clean.js";
import { deriveTitle } from "../articles/title.js";
import type { Article } from "../articles/types.js";
import { normalizeUrl } from "../articles/url.js";
import { type Clock, systemClock } from "../clock.js";
import { AbortError } from "../errors.js";
import { utcDay } from "../extract/dates.js";
import {
  type ExtractedPage,
  extractPage,
  noArticleError,
  type PageExtractor,
} from "../extract/extract.js";
import type { Logger } from "../logger.js";
import type { KeyValue } from "../store/key-value.js";
import {
  createPageClient,
  defaultResolveHost,
  type FetchedPage,
  parseHttpUrl,
  type ResolveHost,
} from "./http.js";
import { parseStoredArticle, toStoredArticle } from "./stored-article.js";

export interface ArticleFetcher {
  /** The article at `url`, from the cache or the web. UserError on every refusal. */
  fetchArticle(url: string, options?: { signal?: AbortSignal }): Promise<Article>;
}

export interface ArticleFetcherOptions {
  /**
   * Skip the public-address checks. Only for tests and private deployments where every user is
   * trusted: with it on, any Discord user can make the bot request internal addresses.
   */
  allowPrivate: boolean;
  /** Whole fetch, DNS to last byte, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Default 5 MB, counted on the decoded body while streaming. */
  maxBytes?: number;
  userAgent?: string;
  /** Extracted articles by normalized URL; failures are not cached. */
  cache?: KeyValue;
  /** Where pages are read (a work thread in the bot); inline by default. */
  extractPage?: PageExtractor;
  logger: Logger;
  clock?: Clock;
  /** How long a fetched article is served from the cache. Default 6 h. */
  cacheTtlMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Default: the smaller of 5 s and `timeoutMs`. */
  connectTimeoutMs?: number;
  /** Host name resolution; tests inject one to play DNS rebinding. Default `dns.lookup`. */
  lookup?: ResolveHost;
  /** Tests only: addresses exempt from the public-address checks (the fixture server's). */
  allowAddress?: (address: string) => boolean;
}

export const DEFAULT_USER_AGENT = "Newsdesk/0.1 (+https://github.com/newsdesk; Discord news bot)";
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_CACHE_TTL_MS = 6 * 60 * 60 * 1000;
export const DEFAULT_MAX_REDIRECTS = 5;

/** "web-" and the first 16 hex digits of the SHA-256 of the normalized URL. */
export function fetchedArticleId(url: string): string {
  return `web-${createHash("sha256").update(normalizeUrl(url)).digest("hex").slice(0, 16)}`;
}

/** Builds the Article for an extracted page: cleaned paragraphs, published day or fetch day. */
export function buildFetchedArticle(page: ExtractedPage, url: string, fetchedAt: number): Article {
  const paragraphs = page.paragraphs ?? cleanBody(page.body);
  if (paragraphs.length === 0) throw noArticleError();
  const article = buildArticle({
    id: fetchedArticleId(url),
    date: page.publishedDate ?? utcDay(fetchedAt),
    url,
    title: page.title ?? deriveTitle(url, page.body),
    paragraphs,
    rawWordCount: countWords(page.rawText),
    origin: "fetched",
    addedAt: fetchedAt,
    byline: page.byline,
    siteName: page.siteName,
  });
  return article;
}

/**
 * Fetches public news pages safely (see docs/adr/0004-safe-fetching.md) and turns them into
 * Articles: Readability extraction, the same cleaner as seed files, a cache by normalized URL,
 * and one request in flight per URL however many people ask at once.
 */
export function createArticleFetcher(
  options: ArticleFetcherOptions,
): ArticleFetcher & { close(): Promise<void> } {
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const ttlMs = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  const { logger, cache } = options;
  const readPage = options.extractPage ?? extractPage;
  const client = createPageClient({
    allowPrivate: options.allowPrivate,
    timeoutMs,
    connectTimeoutMs: options.connectTimeoutMs ?? Math.min(5_000, timeoutMs),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    resolveHost: options.lookup ?? defaultResolveHost,
    ...(options.allowAddress ? { allowAddress: options.allowAddress } : {}),
  });
  const inFlight = new Map<string, Promise<Article>>();

  async function readCache(key: string): Promise<Article | null> {
    if (!cache) return null;
    try {
      const value = await cache.get(key);
      if (value === undefined || value === null) return null;
      const article = parseStoredArticle(value);
      if (!article) logger.warn({ key }, "ignored malformed cached page");
      return article;
    } catch (error) {
      logger.warn({ key, err: error }, "page cache read failed");
      return null;
    }
  }

  async function writeCache(keys: string[], article: Article): Promise<void> {
    if (!cache) return;
    const stored = toStoredArticle(article);
    try {
      await Promise.all([...new Set(keys)].map((key) => cache.set(key, stored, ttlMs)));
    } catch (error) {
      logger.warn({ keys, err: error }, "page cache write failed");
    }
  }

  async function fetchFresh(url: string, key: string): Promise<Article> {
    const started = clock.now();
    let page: FetchedPage;
    try {
      page = await client.getPage(url);
    } catch (error) {
      logger.info(
        { url, reason: error instanceof Error ? error.message : String(error) },
        "page fetch refused or failed",
      );
      throw error;
    }
    const extracted = await readPage(page.text, page.url, page.kind);
    const article = buildFetchedArticle(extracted, page.url, clock.now());
    logger.info(
      {
        url,
        finalUrl: page.url,
        bytes: page.bytes,
        words: article.wordCount,
        ms: clock.now() - started,
      },
      "fetched page",
    );
    await writeCache([key, normalizeUrl(page.url)], article);
    return article;
  }

  async function fetchArticle(
    url: string,
    fetchOptions: { signal?: AbortSignal } = {},
  ): Promise<Article> {
    const parsed = parseHttpUrl(url);
    const key = normalizeUrl(parsed.href);
    const cached = await readCache(key);
    if (cached) return cached;
    if (fetchOptions.signal?.aborted) throw new AbortError("Fetch cancelled.");
    let pending = inFlight.get(key);
    if (!pending) {
      pending = fetchFresh(parsed.href, key).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return waitFor(pending, fetchOptions.signal);
  }

  return { fetchArticle, close: () => client.close() };
}

/** Waits for a shared fetch; a caller that gives up stops waiting without cancelling it for others. */
function waitFor(pending: Promise<Article>, signal: AbortSignal | undefined): Promise<Article> {
  // Others may be waiting on it; its failure is theirs to see, not an unhandled rejection here.
  if (signal) pending.catch(() => {});
  return raceAbort(pending, signal, () => new AbortError("Fetch cancelled."));
}
