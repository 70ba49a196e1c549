import type { REST } from "discord.js";
import type { Corpus } from "../articles/corpus.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { createFeedNotifier } from "../discord/feed-notice.js";
import type { PageExtractor } from "../extract/extract.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { createCorpusFeedSink, createCorpusFeedVisibility } from "./corpus-sink.js";
import { createFeedRuntime, type FeedRuntime, feedSettingsFromConfig } from "./runtime.js";

/** The feeds of one process: the runtime, and the polling loop the bot (or a worker) starts. */
export interface ServiceFeeds extends FeedRuntime {
  /** Starts polling due feeds every FEED_POLL_TICK_MS. */
  start(): void;
}

/** Exact origins from FEED_ALLOW_ORIGINS ("http://127.0.0.1:4100,…"); invalid ones are ignored. */
export function allowedFeedOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => URL.canParse(origin));
}

/**
 * Builds the feeds for the composition root: articles go into the corpus (the article index) as
 * team content of the servers that follow the feed; a disabled feed is announced through the bot's
 * REST client.
 */
export function createServiceFeeds(options: {
  config: Config;
  store: Store;
  corpus: Corpus;
  clock: Clock;
  logger: Logger;
  rest: () => Pick<REST, "post"> | null;
  /** A server's /settings language, for the notices posted in its channels. */
  languageOf?: (guildId: string) => Promise<string | null>;
  /** Where linked pages are read (the process's work threads); inline by default. */
  extractPage?: PageExtractor;
}): ServiceFeeds {
  const { config, logger } = options;
  const runtime = createFeedRuntime({
    store: options.store,
    sink: createCorpusFeedSink(options.corpus),
    visibility: createCorpusFeedVisibility(options.corpus.index),
    clock: options.clock,
    logger,
    notifier: createFeedNotifier(options.rest, logger, options.languageOf),
    allowOrigins: allowedFeedOrigins(config.FEED_ALLOW_ORIGINS),
    ...(options.extractPage ? { extractPage: options.extractPage } : {}),
    ...feedSettingsFromConfig(config),
  });
  return { ...runtime, start: () => runtime.poller.start(config.FEED_POLL_TICK_MS) };
}
