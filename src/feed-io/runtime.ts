import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { PageExtractor } from "../extract/extract.js";
import { createFeedPoller, type FeedPoller } from "../feeds/poller.js";
import type { FeedArticleSink, FeedNotifier, FeedVisibility } from "../feeds/ports.js";
import { createFeedRepository, type FeedRepository } from "../feeds/repository.js";
import type { PollPolicy } from "../feeds/schedule.js";
import { createFeedService, type FeedService } from "../feeds/service.js";
import { createFeedHttp, createPageReader, createSafeClient } from "../fetch/conditional.js";
import type { ResolveHost } from "../fetch/http.js";
import type { Logger } from "../logger.js";
import { createLockManager } from "../store/lock.js";
import { NAMESPACES } from "../store/namespaces.js";
import type { Store } from "../store/store.js";

export interface FeedRuntimeOptions {
  store: Pick<Store, "namespace" | "redis">;
  sink: FeedArticleSink;
  /** Grants stored articles to servers that follow a feed later (and revokes on leaving). */
  visibility?: FeedVisibility;
  clock: Clock;
  logger: Logger;
  /** FETCH_ALLOW_PRIVATE. */
  allowPrivate: boolean;
  /** Exact origins exempt from the address checks (the playground's demo feed server). */
  allowOrigins?: readonly string[];
  notifier?: FeedNotifier | null;
  policy?: Partial<PollPolicy>;
  maxItems?: number;
  /** FEED_MAX_BYTES (default 2 MB): feeds and linked pages larger than this are refused. */
  maxBytes?: number;
  /** Per request, DNS to last byte (default 10 s). */
  timeoutMs?: number;
  concurrency?: number;
  /** Where linked pages are read (a work thread in the bot); inline by default. */
  extractPage?: PageExtractor;
  random?: () => number;
  resolveHost?: ResolveHost;
}

export interface FeedRuntime {
  readonly repository: FeedRepository;
  readonly poller: FeedPoller;
  readonly service: FeedService;
  /** Stops polling and closes the HTTP client. */
  close(): Promise<void>;
}

export const DEFAULT_FEED_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Builds the feed repository (store namespaces), the safe HTTP client, the poller and the
 * management service. Polls take a per-feed lock: Redis `SET NX PX` when the store is Redis (one
 * poller per feed across instances), in-process otherwise.
 */
export function createFeedRuntime(options: FeedRuntimeOptions): FeedRuntime {
  const { clock, logger } = options;
  const repository = createFeedRepository(
    options.store.namespace(NAMESPACES.feeds),
    options.store.namespace(NAMESPACES.feedSeen),
  );
  const client = createSafeClient({
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? DEFAULT_FEED_MAX_BYTES,
    ...(options.allowOrigins ? { allowOrigins: options.allowOrigins } : {}),
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
  });
  const http = createFeedHttp(client);
  const poller = createFeedPoller({
    repository,
    http,
    pages: createPageReader(client, options.extractPage),
    sink: options.sink,
    locks: createLockManager({ redis: options.store.redis, now: () => clock.now() }),
    notifier: options.notifier ?? null,
    clock,
    logger,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.maxItems ? { maxItems: options.maxItems } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const service = createFeedService({
    repository,
    http,
    poller,
    clock,
    ...(options.maxItems ? { maxItems: options.maxItems } : {}),
    ...(options.visibility ? { visibility: options.visibility } : {}),
  });
  return {
    repository,
    poller,
    service,
    async close() {
      await poller.stop();
      await client.close();
    },
  };
}

/** The runtime's settings from the configuration (FEED_* variables, FETCH_ALLOW_PRIVATE). */
export function feedSettingsFromConfig(
  config: Pick<
    Config,
    | "FEED_DEFAULT_INTERVAL_MINUTES"
    | "FEED_MIN_INTERVAL_MINUTES"
    | "FEED_MAX_FAILURES"
    | "FEED_MAX_ITEMS"
    | "FEED_MAX_BYTES"
    | "FEED_POLL_CONCURRENCY"
    | "FETCH_ALLOW_PRIVATE"
  >,
): Pick<FeedRuntimeOptions, "allowPrivate" | "policy" | "maxItems" | "maxBytes" | "concurrency"> {
  return {
    allowPrivate: config.FETCH_ALLOW_PRIVATE,
    policy: {
      defaultIntervalMs: config.FEED_DEFAULT_INTERVAL_MINUTES * 60_000,
      minIntervalMs: config.FEED_MIN_INTERVAL_MINUTES * 60_000,
      maxFailures: config.FEED_MAX_FAILURES,
    },
    maxItems: config.FEED_MAX_ITEMS,
    maxBytes: config.FEED_MAX_BYTES,
    concurrency: config.FEED_POLL_CONCURRENCY,
  };
}
