import type { IIdentifyThrottler } from "discord.js";
import { pino } from "pino";
import { commands as allCommands } from "../commands/index.js";
import type { Corpus } from "./articles/corpus.js";
import { type Clock, systemClock } from "./clock.js";
import type { Config } from "./config.js";
import type { BotDeps } from "./deps.js";
import { type Bot, createBot, shutdownDrainMs } from "./discord/bot.js";
import type { Command } from "./discord/command.js";
import { createDigestRuntime, type DigestRuntime } from "./discord/digest-runtime.js";
import { createDispatcher, type Dispatcher } from "./discord/dispatcher.js";
import { createFetchedArticleStore } from "./fetch/fetched-store.js";
import { type ArticleFetcher, createArticleFetcher } from "./fetch/fetcher.js";
import { openConfiguredCorpus } from "./index/open-corpus.js";
import type { Logger } from "./logger.js";
import { createOpenAiSummarizerFromConfig } from "./openai/from-config.js";
import { NAMESPACES } from "./store/namespaces.js";
import { createStore } from "./store/store.js";
import { createExtractiveSummarizer } from "./summaries/extractive.js";
import { createSummaryService } from "./summaries/service.js";

/** Paths pino blanks out wherever they appear in a log record: no token or key is ever logged. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "OPENAI_API_KEY",
  "*.OPENAI_API_KEY",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "*.headers.Authorization",
];

/** The process logger: structured JSON on stdout, secrets redacted. */
export function createLogger(config: Pick<Config, "LOG_LEVEL">): Logger & pino.Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    base: { service: "newsdesk" },
  });
}

export interface AppOptions {
  logger?: Logger;
  clock?: Clock;
  /** Default: the static list in commands/index.ts. */
  commands?: readonly Command[];
  /** Tests against the emulator pass `noWaitIdentifyThrottler`. */
  identifyThrottler?: IIdentifyThrottler;
  /** Keep the seeds folder watched for changes (default true). */
  watch?: boolean;
}

export interface App {
  readonly deps: BotDeps;
  readonly dispatcher: Dispatcher;
  /** The Discord side (connected by `start()`). */
  readonly bot: Bot;
  /** The digest service and its scheduler (started by `start()`, stopped by `stop()`). */
  readonly digests: DigestRuntime;
  /** Connects to Discord and resolves once ready. */
  start(): Promise<void>;
  /**
   * Stops taking interactions first, then cancels the digests being composed while the
   * interactions in flight finish (bounded by the summary deadline), disconnects, and closes the
   * corpus, the fetcher and the store. Every step runs even if one before it failed (failures are
   * logged). Idempotent.
   */
  stop(): Promise<void>;
}

/** Wraps the fetcher so every fetched article is kept across restarts. */
function persistFetched(
  fetcher: ArticleFetcher,
  save: (article: Awaited<ReturnType<ArticleFetcher["fetchArticle"]>>) => Promise<void>,
  logger: Logger,
): ArticleFetcher {
  return {
    async fetchArticle(url, options) {
      const article = await fetcher.fetchArticle(url, options);
      await save(article).catch((error: unknown) =>
        logger.warn({ err: error, id: article.id }, "could not keep the fetched article"),
      );
      return article;
    },
  };
}

/**
 * The composition root: builds the deps from a Config (logger, clock, store, a watched corpus, the
 * summary service with the LLM when one is configured, the fetcher) and the bot around them.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const clock = options.clock ?? systemClock;
  const store = await createStore({ url: config.KEYV_URL, dataDir: config.DATA_DIR, logger });
  /** Runs one shutdown step; a failure is logged and the next step still runs. */
  const step = async (what: string, run: () => Promise<unknown>): Promise<void> => {
    try {
      await run();
    } catch (error) {
      logger.error({ err: error }, `shutdown: could not ${what}`);
    }
  };
  let corpus: Corpus | undefined;
  let rawFetcher: ReturnType<typeof createArticleFetcher> | undefined;
  try {
    corpus = await openConfiguredCorpus(config, {
      logger,
      watch: options.watch ?? true,
      importMode: "auto",
    });
    const fetchedStore = createFetchedArticleStore(store.namespace(NAMESPACES.fetchedArticles), {
      logger,
    });
    for (const article of await fetchedStore.loadAll()) {
      if (!(await corpus.getByUrl(article.url))) await corpus.add(article);
    }
    const summarizer = createSummaryService({
      llm: createOpenAiSummarizerFromConfig(config, logger),
      extractive: createExtractiveSummarizer(),
      cache: store.namespace(NAMESPACES.summaries),
      logger,
      clock,
    });
    rawFetcher = createArticleFetcher({
      allowPrivate: config.FETCH_ALLOW_PRIVATE,
      cache: store.namespace(NAMESPACES.fetchCache),
      logger,
      clock,
    });
    const closeFetcher = rawFetcher;
    const fetcher = persistFetched(rawFetcher, (article) => fetchedStore.save(article), logger);
    let bot: Bot | undefined;
    const digests = createDigestRuntime({
      store,
      corpus,
      summarizer,
      clock,
      logger,
      rest: () => bot!.client.rest,
      tickMs: config.DIGEST_TICK_MS,
      retryDelayMs: config.DIGEST_RETRY_DELAY_MS,
      lockTtlMs: config.DIGEST_LOCK_TTL_MS,
      settleMs: config.DIGEST_SETTLE_MS,
    });
    const deps: BotDeps = {
      config,
      logger,
      clock,
      corpus,
      summarizer,
      store,
      fetcher,
      digests: digests.service,
    };
    const dispatcher = createDispatcher(options.commands ?? allCommands, deps);
    const drainTimeoutMs = shutdownDrainMs(config);
    bot = createBot({
      config,
      logger,
      dispatcher,
      drainTimeoutMs,
      ...(options.identifyThrottler ? { identifyThrottler: options.identifyThrottler } : {}),
    });
    const connectedBot = bot;
    let stopping: Promise<void> | null = null;
    const loadedCorpus = corpus;
    return {
      deps,
      dispatcher,
      bot: connectedBot,
      digests,
      async start() {
        if (!config.DISCORD_TOKEN) {
          throw new Error("DISCORD_TOKEN is not set: the bot cannot log in to Discord.");
        }
        await connectedBot.start();
        digests.start();
      },
      stop() {
        stopping ??= (async () => {
          // No new interaction starts while the rest shuts down.
          dispatcher.close();
          // Digests cancel their summaries; interactions in flight are given time to finish
          // (the summary deadline plus a margin). Both before the client goes: they post with it.
          await Promise.all([
            step("stop the digests", () => digests.stop()),
            step("finish the interactions in flight", async () => {
              await dispatcher.drain(drainTimeoutMs);
              if (dispatcher.inFlight > 0) {
                logger.warn(
                  { inFlight: dispatcher.inFlight },
                  "shutdown: interactions still running",
                );
              }
            }),
          ]);
          await step("disconnect from Discord", () => connectedBot.disconnect());
          await step("close the corpus", () => loadedCorpus.close());
          await step("close the fetcher", () => closeFetcher.close());
          await step("close the store", () => store.close());
          logger.info({}, "stopped");
        })();
        return stopping;
      },
    };
  } catch (error) {
    await step("close the corpus", async () => corpus?.close());
    await step("close the fetcher", async () => rawFetcher?.close());
    await step("close the store", () => store.close());
    throw error;
  }
}
