import type { REST } from "discord.js";
import type { Clock } from "../clock.js";
import { digestQuotePicker } from "../digests/compose.js";
import type { ArticleSource, DigestBriefer } from "../digests/ports.js";
import { createSubscriptionRepository } from "../digests/repository.js";
import {
  createDigestScheduler,
  createJobDigestSchedules,
  type DigestScheduler,
} from "../digests/scheduler.js";
import { createDigestService, type DigestService } from "../digests/service.js";
import type { JobsPort } from "../jobs/ports.js";
import type { Logger } from "../logger.js";
import type { QuoteCache } from "../quotes/cache.js";
import { createLockManager } from "../store/lock.js";
import { NAMESPACES } from "../store/namespaces.js";
import type { Store } from "../store/store.js";
import type { Summarizer } from "../summaries/types.js";
import { createDigestPoster } from "./digest-poster.js";
import { renderDigest } from "./digest-render.js";
import { serverLocale } from "./guild-settings.js";

export interface DigestRuntimeOptions {
  store: Pick<Store, "namespace" | "redis" | "kind">;
  corpus: ArticleSource;
  /** The SummaryService: its cache makes each article's summary once for every channel. */
  summarizer: Summarizer;
  /** The process's quote cache (src/quotes/cache.ts): each digest quote is extracted there. */
  quotes: QuoteCache;
  clock: Clock;
  logger: Logger;
  /** The bot's REST client, read when a digest is posted (`() => bot.client.rest`). */
  rest: () => Pick<REST, "post">;
  /** The job queue: one job scheduler per subscription, and the digest jobs' worker. */
  jobs: JobsPort;
  /** Digest jobs this process runs at once (WORKER_CONCURRENCY); default 4. */
  concurrency?: number;
  /**
   * The server's `/settings` summary language (null: not set): a digest's words follow it, else
   * the locale stored at subscribe time, else English.
   */
  languageOf?: (guildId: string) => Promise<string | null>;
  /** Groups articles into stories for `style: briefing` subscriptions (src/briefings). */
  briefer?: DigestBriefer;
  /** DIGEST_RETRY_DELAY_MS: first wait after a 5xx or timeout, doubled per attempt; default 30 s. */
  retryDelayMs?: number;
  /** DIGEST_LOCK_TTL_MS: how long a per-subscription lock lives unless renewed; default 60 s. */
  lockTtlMs?: number;
  /** DIGEST_SETTLE_MS: articles younger than this wait for the next digest; default 2 s. */
  settleMs?: number;
}

export interface DigestRuntime {
  readonly service: DigestService;
  readonly scheduler: DigestScheduler;
  /**
   * Works the digest queue, reconciles the job schedulers with the subscriptions and runs what is
   * due now (missed while down). Never rejects: a failure is logged.
   */
  start(): Promise<void>;
  /** Stops the schedule and waits for the digest in flight. */
  stop(): Promise<void>;
}

/**
 * Builds the digest service and its scheduler from the bot's parts. Locks are Redis `SET NX PX`
 * when the store is Redis (several instances), in-process otherwise (one instance owns the
 * schedule with the SQLite default).
 */
export function createDigestRuntime(options: DigestRuntimeOptions): DigestRuntime {
  const { clock, logger, quotes } = options;
  const repository = createSubscriptionRepository(options.store.namespace(NAMESPACES.digests));
  const schedules = createJobDigestSchedules(options.jobs, {
    retryDelayMs: options.retryDelayMs ?? 30_000,
  });
  const service = createDigestService({
    repository,
    schedules,
    locks: createLockManager({
      redis: options.store.redis,
      // Lock expiry on the injected clock, like every other time in the digests.
      now: () => clock.now(),
    }),
    corpus: options.corpus,
    summarizer: options.summarizer,
    pickQuote: digestQuotePicker(quotes),
    render: async (digest, subscription) => {
      const language = (await options.languageOf?.(subscription.guildId)) ?? null;
      return renderDigest(digest, serverLocale(language, subscription.guildLocale));
    },
    poster: createDigestPoster(options.rest),
    clock,
    logger,
    ...(options.briefer ? { briefer: options.briefer } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
    ...(options.lockTtlMs !== undefined ? { lockTtlMs: options.lockTtlMs } : {}),
    ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}),
  });
  const scheduler = createDigestScheduler({
    service,
    repository,
    jobs: options.jobs,
    schedules,
    logger,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
  return {
    service,
    scheduler,
    start: () =>
      scheduler.start().catch((error: unknown) => {
        logger.error({ err: error }, "the digest schedule could not start");
      }),
    stop: () => scheduler.stop(),
  };
}
