import type { REST, RESTOptions } from "discord.js";
import type { Corpus } from "./articles/corpus.js";
import { compareNewestFirst } from "./articles/query.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { BotDeps } from "./deps.js";
import { createBriefingServices } from "./discord/briefing-services.js";
import { createDigestRuntime, type DigestRuntime } from "./discord/digest-runtime.js";
import { createRestGuildDirectory } from "./discord/guilds.js";
import { createLimitedRest } from "./discord/limited-rest.js";
import { createLlmLimits, type LlmLimits } from "./discord/llm-limits.js";
import { createThreadServices } from "./discord/threads.js";
import { createServiceFeeds, type ServiceFeeds } from "./feed-io/wiring.js";
import { createFetchedPages } from "./fetch/fetched-pages.js";
import { type ArticleFetcher, createArticleFetcher } from "./fetch/fetcher.js";
import { openConfiguredCorpus } from "./index/open-corpus.js";
import type { JobsPort } from "./jobs/ports.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import { createOpenAiSummarizerFromConfig } from "./openai/from-config.js";
import { createGlobalLimiterFromConfig, createJobsFromConfig } from "./queue/from-config.js";
import { createQuoteCache, type QuoteCache } from "./quotes/cache.js";
import { warnIfStoreNotCopied } from "./store/copy-check.js";
import { NAMESPACES } from "./store/namespaces.js";
import { createStore, createStoreOrMemory, type Store } from "./store/store.js";
import { createExtractiveSummarizer } from "./summaries/extractive.js";
import { DEFAULT_WEIGHTS } from "./summaries/rank.js";
import { createSummaryService, type SummaryService } from "./summaries/service.js";
import { createWorkThreads, type WorkThreads } from "./work/threads.js";

/**
 * Rate limits: a 429 whose wait is short is waited out (discord.js queues the request); one that
 * would keep a request waiting longer than this is rejected at once with a RateLimitError, so no
 * request outlives an interaction token and the dispatcher's error path answers instead.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 5_000;
/** Any single REST request is aborted after this long (discord.js default: 15 s). */
export const REST_TIMEOUT_MS = 10_000;

/** True when a 429 asks for a longer wait than an interaction can afford. */
export function shouldRejectRateLimit(data: { retryAfter: number }): boolean {
  return data.retryAfter > MAX_RATE_LIMIT_WAIT_MS;
}

/** The REST options every Discord client of this process uses (the gateway client's and ours). */
export function restOptions(config: Pick<Config, "DISCORD_API_URL">): Partial<RESTOptions> {
  return {
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    rejectOnRateLimit: (data) => shouldRejectRateLimit(data),
    timeout: REST_TIMEOUT_MS,
    // Interaction callbacks and webhook edits are exempt from Discord's 50/s global limit, and
    // they are nearly all this bot sends: discord.js's local 50/s throttle would only queue them.
    // A real global 429 is still honoured (and waited out, or rejected per the rule above).
    globalRequestsPerSecond: Number.POSITIVE_INFINITY,
  };
}

export interface ServicesOptions {
  logger: Logger;
  clock: Clock;
  /** Keep the seeds folder watched for changes (default true; the CLI passes false). */
  watch?: boolean;
  /** Start the work threads at once (default true; the CLI, which may need none, passes false). */
  warmThreads?: boolean;
  /** "lazy" (the CLI): reconcile the seed files before answering; default: in the background on a restart. */
  index?: "lazy";
  /** The process's metrics registry (the roles pass theirs). */
  metrics?: Metrics;
  /**
   * When set (the CLI), a store that cannot be opened is replaced by an in-memory one after this is
   * told why, so work that needs no store still gets done; unset (the bot), start-up fails instead.
   */
  storeFallback?: (message: string) => void;
  /** A corpus already opened for this config (the CLI opens it alone first); closed with the rest. */
  corpus?: Corpus;
}

/**
 * Every shared service of one process, built once. The gateway bot, the HTTP interactions server,
 * the worker, the playground and the CLI all take what they need from here; nothing else builds a
 * store, a corpus, a summary service, a fetcher or the LLM limits.
 */
export interface Services extends BotDeps {
  readonly store: Store;
  readonly corpus: Corpus;
  readonly fetcher: ArticleFetcher;
  readonly llmLimits: LlmLimits;
  readonly quotes: QuoteCache;
  /**
   * A REST client with the bot token (null without DISCORD_TOKEN): digests, and finishing
   * interactions over REST (callbacks, webhook edits and follow-ups) for every transport.
   */
  readonly rest: REST | null;
  /** The job queue (src/jobs): BullMQ with Redis, else in-process; the worker role works it. */
  readonly jobs: JobsPort;
  /** The digest service and its scheduler; the worker role starts the scheduler. */
  readonly digestRuntime: DigestRuntime;
  /** Feeds: the management service and the poller (started with the digests). */
  readonly feeds: ServiceFeeds;
  /**
   * Closes the corpus watcher, the fetcher, the store and the work threads; every step runs.
   * Idempotent.
   */
  close(): Promise<void>;
}

/** How long one shutdown step may take before the next one runs (a store that is down hangs). */
export const SHUTDOWN_STEP_TIMEOUT_MS = 5_000;

/**
 * Runs one shutdown step; a failure is logged and the next step still runs. With `timeoutMs`, a
 * step that hangs (closing a store that is down) is given up on, logged, and the next step runs.
 */
export async function shutdownStep(
  logger: Logger,
  what: string,
  run: () => Promise<unknown>,
  timeoutMs?: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<"timeout">((resolve) => {
      if (timeoutMs === undefined) return;
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
      timer.unref();
    });
    if ((await Promise.race([run(), timedOut])) === "timeout") {
      logger.warn({ timeoutMs }, `shutdown: gave up waiting to ${what}`);
    }
  } catch (error) {
    logger.error({ err: error }, `shutdown: could not ${what}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The composition root: builds every shared service from a Config. */
export async function createServices(config: Config, options: ServicesOptions): Promise<Services> {
  const { logger, clock } = options;
  const storeOptions = {
    url: config.KEYV_URL,
    dataDir: config.DATA_DIR,
    logger,
    timeoutMs: config.STORE_TIMEOUT_MS,
  };
  const store = options.storeFallback
    ? await createStoreOrMemory(storeOptions, options.storeFallback)
    : await createStore(storeOptions);
  // Not for one-shot commands: the bot says so at start when the store was moved without its data.
  if (!options.storeFallback)
    void warnIfStoreNotCopied({ store, dataDir: config.DATA_DIR, logger });
  let corpus: Corpus | undefined;
  let rawFetcher: ReturnType<typeof createArticleFetcher> | undefined;
  let work: WorkThreads | undefined;
  let jobs: JobsPort | undefined;
  let closeGlobalLimit: () => Promise<void> = async () => {};
  try {
    // Never fails for an unreachable Redis: enqueues then fail fast and say so.
    jobs = await createJobsFromConfig(config, logger);
    corpus =
      options.corpus ??
      (await openConfiguredCorpus(config, {
        logger,
        watch: options.watch ?? true,
        // One-shot commands answer from the files as they are; the bot serves at once on a restart.
        importMode: options.index === "lazy" ? "quick" : "auto",
      }));
    // Fetched pages stay out of the shared corpus: each is visible only to whom it was granted.
    const fetchedPages = createFetchedPages({
      kv: store.namespace(NAMESPACES.fetchedPages),
      clock,
      ttlMs: config.FETCHED_TTL_HOURS * 3_600_000,
      maxPerGuild: config.FETCHED_MAX_PER_GUILD,
      logger,
    });
    const metrics = options.metrics;
    work = createWorkThreads({
      threads: config.WORK_THREADS,
      timeoutMs: config.WORK_TIMEOUT_MS,
      warm: options.warmThreads ?? true,
      logger,
      ...(metrics
        ? {
            observe: ({ task, where, outcome, seconds }) =>
              metrics.workTasks.observe({ task, where, outcome }, seconds),
          }
        : {}),
    });
    const threads = work;
    metrics?.watchWork(() => threads.waiting());
    const quotes = createQuoteCache(config.QUOTE_ENGINE, threads);
    const summarizer: SummaryService = createSummaryService({
      llm: createOpenAiSummarizerFromConfig(config, logger),
      extractive: createExtractiveSummarizer(DEFAULT_WEIGHTS, threads.summary),
      cache: store.namespace(NAMESPACES.summaries),
      logger,
      clock,
    });
    rawFetcher = createArticleFetcher({
      extractPage: threads.page,
      allowPrivate: config.FETCH_ALLOW_PRIVATE,
      cache: store.namespace(NAMESPACES.fetchCache),
      logger,
      clock,
    });
    const fetcher = rawFetcher;
    // Discord's global limit, shared by every process through the queue's Redis (issue 12).
    const globalLimit = await createGlobalLimiterFromConfig(config, logger);
    closeGlobalLimit = globalLimit.close;
    const rest = config.DISCORD_TOKEN
      ? createLimitedRest(restOptions(config), globalLimit.limiter).setToken(config.DISCORD_TOKEN)
      : null;
    const restOrThrow = (): REST => {
      if (!rest) throw new Error("DISCORD_TOKEN is not set: digests cannot be posted.");
      return rest;
    };
    const llmLimits = createLlmLimits({
      quota: store.quota,
      clock,
      cooldownSeconds: config.LLM_USER_COOLDOWN_SECONDS,
      guildHourlyBudget: config.LLM_GUILD_HOURLY_BUDGET,
      userHourlyShare: config.LLM_USER_HOURLY_SHARE,
    });
    const briefingServices = createBriefingServices(config, {
      store,
      corpus,
      clock,
      logger,
      llmLimits,
    });
    const shared = corpus;
    const digestRuntime = createDigestRuntime({
      quotes,
      briefer: briefingServices.briefer,
      languageOf: async (guildId) => (await briefingServices.settings.get(guildId)).language,
      store,
      // The corpus as the subscription's server sees it, plus the pages its moderators added with
      // /article add (src/fetch/fetched-pages.ts); a page one user fetched is never included.
      corpus: {
        async addedAfter(after, until, viewer) {
          const articles = await shared.addedAfter(after, until, viewer);
          if (!viewer?.guildId) return articles;
          const key = (a: { addedAt: number; id: string }) => [a.addedAt, a.id] as const;
          const after_ = key(after);
          const team = (await fetchedPages.teamPages(viewer.guildId)).filter((a) => {
            const k = key(a);
            const pastAfter = k[0] > after_[0] || (k[0] === after_[0] && k[1] > after_[1]);
            const beforeUntil =
              !until || k[0] < until.addedAt || (k[0] === until.addedAt && k[1] <= until.id);
            return pastAfter && beforeUntil;
          });
          return [...articles, ...team].sort(
            (a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1),
          );
        },
        // The corpus's stream and the server's team pages, merged newest first.
        async *newest(viewer) {
          const team = viewer?.guildId
            ? (await fetchedPages.teamPages(viewer.guildId)).sort(compareNewestFirst)
            : [];
          for await (const article of shared.newest(viewer)) {
            while (team[0] && compareNewestFirst(team[0], article) < 0) yield team.shift()!;
            yield article;
          }
          yield* team;
        },
      },
      summarizer,
      clock,
      logger,
      rest: restOrThrow,
      jobs,
      concurrency: config.WORKER_CONCURRENCY,
      retryDelayMs: config.DIGEST_RETRY_DELAY_MS,
      lockTtlMs: config.DIGEST_LOCK_TTL_MS,
      settleMs: config.DIGEST_SETTLE_MS,
    });
    const feeds = createServiceFeeds({
      config,
      store,
      corpus,
      clock,
      logger,
      rest: () => rest,
      languageOf: async (guildId) => (await briefingServices.settings.get(guildId)).language,
      extractPage: threads.page,
    });
    const closeFetcher = rawFetcher;
    const loadedCorpus = corpus;
    const queue = jobs;
    let closing: Promise<void> | null = null;
    return {
      config,
      logger,
      clock,
      store,
      corpus,
      summarizer,
      fetcher,
      fetchedPages,
      digests: digestRuntime.service,
      digestRuntime,
      feeds,
      feedService: feeds.service,
      llmLimits,
      quotes,
      briefings: briefingServices.briefings,
      settings: briefingServices.settings,
      threads: createThreadServices(config, { store, rest: () => rest, logger }),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      guilds: createRestGuildDirectory(
        () => rest,
        () => clock.now(),
      ),
      rest,
      jobs: queue,
      close() {
        closing ??= (async () => {
          const bound = SHUTDOWN_STEP_TIMEOUT_MS;
          await shutdownStep(logger, "stop the feeds", () => feeds.close(), bound);
          await shutdownStep(logger, "close the job queue", () => queue.close(), bound);
          await shutdownStep(logger, "close the global limiter", () => closeGlobalLimit(), bound);
          await shutdownStep(logger, "close the corpus", () => loadedCorpus.close(), bound);
          await shutdownStep(logger, "close the fetcher", () => closeFetcher.close(), bound);
          await shutdownStep(logger, "close the store", () => store.close(), bound);
          await shutdownStep(logger, "stop the work threads", () => threads.close(), bound);
        })();
        return closing;
      },
    };
  } catch (error) {
    await shutdownStep(logger, "close the job queue", async () => jobs?.close());
    await shutdownStep(logger, "close the global limiter", () => closeGlobalLimit());
    await shutdownStep(logger, "close the corpus", async () => corpus?.close());
    await shutdownStep(logger, "close the fetcher", async () => rawFetcher?.close());
    await shutdownStep(logger, "stop the work threads", async () => work?.close());
    await shutdownStep(logger, "close the store", () => store.close());
    throw error;
  }
}
