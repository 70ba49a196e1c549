/**
 * Every store namespace, in one place: the bot and the CLI open the same names, so they share
 * the summary and page caches (and nothing else picks a colliding name by accident).
 */
export const NAMESPACES = {
  /** Pages fetched on request with who may see them (src/fetch/fetched-pages.ts). */
  fetchedPages: "fetched-pages",
  /** Summaries by article, options and engine (src/summaries/service.ts). */
  summaries: "summaries",
  /** Fetched pages by URL (src/fetch/fetcher.ts). */
  fetchCache: "fetch-cache",
  /** Digest subscriptions, cursors and digests in delivery (src/digests/repository.ts). */
  digests: "digests",
  /** Per-server settings: language, defaults, digest style, LLM budget (src/settings). */
  settings: "settings",
  /** Feeds and their poll state (src/feeds/repository.ts). */
  feeds: "feeds",
  /** Ids of the feed items already ingested, never expired (src/feeds/repository.ts). */
  feedSeen: "feed-seen",
  /** Which article each Discuss thread is about, by thread id, never expired (src/threads). */
  threads: "threads",
} as const;

export type NamespaceName = (typeof NAMESPACES)[keyof typeof NAMESPACES];
