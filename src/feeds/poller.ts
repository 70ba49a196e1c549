import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import { buildFeedArticle, isTeaser } from "./article.js";
import { FeedError, isFeedError } from "./errors.js";
import { DEFAULT_MAX_ITEMS, parseFeedDocument } from "./parse.js";
import type { FeedArticleSink, FeedHttp, FeedLocks, FeedNotifier, PageReader } from "./ports.js";
import type { FeedRepository } from "./repository.js";
import {
  backoffMs,
  DEFAULT_POLL_POLICY,
  type PollPolicy,
  pollIntervalMs,
  withJitter,
} from "./schedule.js";
import type { Feed, FeedErrorCode, FeedItem, FeedState } from "./types.js";

export interface FeedPollerOptions {
  repository: FeedRepository;
  http: FeedHttp;
  pages: PageReader;
  sink: FeedArticleSink;
  locks: FeedLocks;
  /** Null: disabled feeds are only logged (the command line). */
  notifier: FeedNotifier | null;
  clock: Clock;
  logger: Logger;
  policy?: Partial<PollPolicy>;
  /** FEED_MAX_ITEMS: the newest this many items of a document are considered (default 100). */
  maxItems?: number;
  /** Feeds polled at once by `pollDue` (default 4): a slow feed holds one slot, not the round. */
  concurrency?: number;
  /** How long a poll's lock lives unless extended (default 2 min; extended after every item). */
  lockTtlMs?: number;
  /** In [0, 1): the jitter's randomness, injectable for tests. */
  random?: () => number;
}

export type PollStatus = "ingested" | "not-modified" | "failed" | "skipped";

export interface PollResult {
  feedId: string;
  status: PollStatus;
  /** New items stored this poll. */
  ingested: number;
  /** New items left out (no link and no text) — marked seen all the same. */
  skipped: number;
  /** Teaser items whose page could not be read: stored with the feed's own text. */
  teaserOnly: number;
  error: { code: FeedErrorCode; message: string } | null;
  /** "locked" (another instance polls it), "not-due", "paused", "disabled", "gone". */
  reason?: string;
}

export interface FeedPoller {
  /** Polls one feed now when it is due (or always with `force`), under its lock. */
  pollFeed(id: string, options?: { force?: boolean }): Promise<PollResult>;
  /** Polls every due feed, a few at once; one feed's failure never stops the others. */
  pollDue(): Promise<PollResult[]>;
  /** Polls due feeds every `tickMs` until stopped. */
  start(tickMs: number): void;
  /** Stops the loop and waits for the round in flight. */
  stop(): Promise<void>;
}

/** True when the feed wants polling at all (not paused, not disabled, someone still following). */
export function isActive(feed: Feed): boolean {
  if (feed.paused || feed.state.disabled) return false;
  return feed.followers.length === 0 || feed.followers.some((f) => !f.paused);
}

/** The servers whose team content the feed's articles are (empty: every server's). */
export function grantedGuilds(feed: Feed): string[] {
  return [...new Set(feed.followers.filter((f) => !f.paused).map((f) => f.guildId))];
}

function skippedResult(feedId: string, reason: string): PollResult {
  return {
    feedId,
    status: "skipped",
    ingested: 0,
    skipped: 0,
    teaserOnly: 0,
    error: null,
    reason,
  };
}

/** What the poll steps share (the poller's options, resolved). */
interface PollerContext {
  repository: FeedRepository;
  pages: PageReader;
  sink: FeedArticleSink;
  notifier: FeedNotifier | null;
  clock: Clock;
  logger: Logger;
  policy: PollPolicy;
}

async function ingestItem(
  ctx: PollerContext,
  feed: Feed,
  item: FeedItem,
  guildIds: string[],
  counts: { ingested: number; skipped: number; teaserOnly: number },
): Promise<void> {
  const seenAt = ctx.clock.now();
  let page = null;
  if (isTeaser(item) && item.link) {
    try {
      page = await ctx.pages.readPage(item.link);
    } catch (error) {
      counts.teaserOnly++;
      ctx.logger.info(
        { feedId: feed.id, link: item.link, reason: (error as Error).message },
        "feed item page not read: keeping the feed's own text",
      );
    }
  }
  const article = buildFeedArticle({ feedId: feed.id, item, page, seenAt });
  if (article) {
    await ctx.sink.put(article, { feedId: feed.id, guildIds });
    counts.ingested++;
  } else {
    counts.skipped++;
    ctx.logger.info({ feedId: feed.id, key: item.key }, "feed item skipped: no link");
  }
  await ctx.repository.markSeen(feed.id, item.key, seenAt);
}

/** Saves new poll state onto the freshest copy (followers may have changed meanwhile). */
async function saveState(
  ctx: PollerContext,
  feedId: string,
  update: (feed: Feed) => void,
): Promise<Feed | null> {
  const fresh = await ctx.repository.get(feedId);
  if (!fresh) return null;
  update(fresh);
  await ctx.repository.save(fresh);
  return fresh;
}

async function recordFailure(ctx: PollerContext, feed: Feed, error: unknown): Promise<PollResult> {
  const now = ctx.clock.now();
  const code: FeedErrorCode = isFeedError(error) ? error.code : "unknown";
  const message = error instanceof Error ? error.message : String(error);
  if (!isFeedError(error)) ctx.logger.error({ err: error, feedId: feed.id }, "feed poll failed");
  else ctx.logger.warn({ feedId: feed.id, code, reason: message, err: error }, "feed poll failed");
  let disabledNow = false;
  const saved = await saveState(ctx, feed.id, (fresh) => {
    const state = fresh.state;
    state.consecutiveFailures += 1;
    state.lastPolledAt = now;
    state.lastError = { code, message, at: now };
    state.nextPollAt = now + backoffMs(ctx.policy, state.consecutiveFailures);
    if (state.consecutiveFailures >= ctx.policy.maxFailures && !state.disabled) {
      state.disabled = {
        code: "too-many-failures",
        failures: state.consecutiveFailures,
        lastError: code,
      };
      state.disabledNoticeAt = now;
      disabledNow = true;
    }
  });
  if (saved && disabledNow) {
    ctx.logger.warn(
      { feedId: feed.id, failures: saved.state.consecutiveFailures },
      "feed disabled",
    );
    try {
      await ctx.notifier?.feedDisabled(saved);
    } catch (notifyError) {
      ctx.logger.warn(
        { err: notifyError, feedId: feed.id },
        "could not announce the disabled feed",
      );
    }
  }
  return {
    feedId: feed.id,
    status: "failed",
    ingested: 0,
    skipped: 0,
    teaserOnly: 0,
    error: { code, message },
  };
}

/**
 * Polls feeds: conditional GET, parse, new items only (seen ids are durable), full text for teasers,
 * each new item stored once through the sink. Success schedules the next poll at the feed's interval
 * with jitter; failure backs off exponentially (capped at an hour) and disables the feed after
 * `maxFailures` in a row, announcing it once.
 */
export function createFeedPoller(options: FeedPollerOptions): FeedPoller {
  const { repository, http, pages, sink, locks, clock, logger } = options;
  const policy: PollPolicy = { ...DEFAULT_POLL_POLICY, ...options.policy };
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const lockTtlMs = options.lockTtlMs ?? 120_000;
  const random = options.random ?? Math.random;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const ctx: PollerContext = {
    repository,
    pages,
    sink,
    notifier: options.notifier,
    clock,
    logger,
    policy,
  };

  async function pollLocked(feed: Feed, extend: () => Promise<boolean>): Promise<PollResult> {
    const counts = { ingested: 0, skipped: 0, teaserOnly: 0 };
    let response: Awaited<ReturnType<FeedHttp["getFeed"]>>;
    let items: FeedItem[] = [];
    let ttlMinutes: number | null = null;
    try {
      response = await http.getFeed(feed.url, {
        etag: feed.state.etag,
        lastModified: feed.state.lastModified,
      });
      if (response.status === "ok") {
        const parsed = parseFeedDocument(response.text, {
          url: response.url,
          now: clock.now(),
          maxItems,
        });
        items = parsed.items;
        ttlMinutes = parsed.ttlMinutes;
        if (parsed.title && parsed.title !== feed.title) feed.title = parsed.title;
        feed.format = parsed.format;
      }
    } catch (error) {
      return recordFailure(ctx, feed, error);
    }
    const guildIds = grantedGuilds(feed);
    // Oldest first, so articles enter the corpus in the order they were published.
    for (const item of [...items].reverse()) {
      if (await repository.hasSeen(feed.id, item.key)) continue;
      try {
        await ingestItem(ctx, feed, item, guildIds, counts);
      } catch (error) {
        // A store that fails mid-poll: stop here; the unseen items are retried next poll.
        return recordFailure(
          ctx,
          feed,
          new FeedError("unknown", "Could not store the feed's articles.", { cause: error }),
        );
      }
      await extend();
    }
    const now = clock.now();
    const interval = pollIntervalMs(policy, {
      ttlMinutes,
      maxAgeSeconds: response.status === "ok" ? response.maxAgeSeconds : null,
    });
    await saveState(ctx, feed.id, (fresh) => {
      const state: FeedState = fresh.state;
      if (response.status === "ok") {
        state.etag = response.etag;
        state.lastModified = response.lastModified;
        state.intervalMs = interval;
        fresh.title = feed.title;
        fresh.format = feed.format;
      }
      state.lastPolledAt = now;
      state.lastSuccessAt = now;
      state.consecutiveFailures = 0;
      state.lastError = null;
      state.nextPollAt = now + withJitter(state.intervalMs || interval, policy.jitter, random);
    });
    return {
      feedId: feed.id,
      status: response.status === "ok" ? "ingested" : "not-modified",
      ...counts,
      error: null,
    };
  }

  async function pollFeed(id: string, pollOptions: { force?: boolean } = {}): Promise<PollResult> {
    const lock = await locks.tryAcquire(`feed-poll:${id}`, lockTtlMs);
    if (!lock) return skippedResult(id, "locked");
    try {
      // Read after taking the lock: another instance may have just polled it.
      const feed = await repository.get(id);
      if (!feed) return skippedResult(id, "gone");
      if (!pollOptions.force) {
        if (feed.state.disabled) return skippedResult(id, "disabled");
        if (!isActive(feed)) return skippedResult(id, "paused");
        if (feed.state.nextPollAt > clock.now()) return skippedResult(id, "not-due");
      }
      return await pollLocked(feed, () => lock.extend(lockTtlMs));
    } finally {
      await lock.release().catch((error: unknown) => {
        logger.warn({ err: error, feedId: id }, "could not release a feed lock");
      });
    }
  }

  async function pollDue(): Promise<PollResult[]> {
    const now = clock.now();
    const due = (await repository.all()).filter((f) => isActive(f) && f.state.nextPollAt <= now);
    const results: PollResult[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < due.length) {
        const feed = due[next++]!;
        try {
          results.push(await pollFeed(feed.id));
        } catch (error) {
          logger.error({ err: error, feedId: feed.id }, "feed poll crashed");
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    return results;
  }

  let timer: NodeJS.Timeout | null = null;
  let round: Promise<unknown> | null = null;
  let stopped = true;
  const tick = (): void => {
    if (stopped || round) return;
    round = pollDue()
      .catch((error: unknown) => logger.error({ err: error }, "feed poll round failed"))
      .finally(() => {
        round = null;
      });
  };

  return {
    pollFeed,
    pollDue,
    start(tickMs) {
      if (!stopped) return;
      stopped = false;
      tick();
      timer = setInterval(tick, tickMs);
      timer.unref?.();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await round;
    },
  };
}
