import path from "node:path";
import type { REST } from "discord.js";
import type { Corpus } from "../articles/corpus.js";
import type { Article } from "../articles/types.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { createFeedNotifier } from "../discord/feed-notice.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { createFileFeedSink } from "./file-sink.js";
import { createFeedRuntime, type FeedRuntime, feedSettingsFromConfig } from "./runtime.js";

/** The feeds of one process: the runtime, and the polling loop the bot (or a worker) starts. */
export interface ServiceFeeds extends FeedRuntime {
  /** Starts polling due feeds every FEED_POLL_TICK_MS. */
  start(): void;
}

/** The folder feed articles are written to (seed format) until the article index serves them. */
export function feedArticlesDir(dataDir: string): string {
  return path.join(dataDir, "feeds");
}

/** Exact origins from FEED_ALLOW_ORIGINS ("http://127.0.0.1:4100,…"); invalid ones are ignored. */
export function allowedFeedOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => URL.canParse(origin));
}

/**
 * Builds the feeds for the composition root: articles go to seed-format files under
 * DATA_DIR/feeds and into the running corpus; the ones already there are loaded now; a disabled
 * feed is announced through the bot's REST client.
 */
export async function createServiceFeeds(options: {
  config: Config;
  store: Store;
  corpus: Corpus;
  clock: Clock;
  logger: Logger;
  rest: () => Pick<REST, "post"> | null;
}): Promise<ServiceFeeds> {
  const { config, corpus, logger } = options;
  const addToCorpus = async (article: Article): Promise<void> => {
    try {
      await corpus.add(article);
    } catch (error) {
      logger.warn({ err: error, id: article.id }, "could not add a feed article to the corpus");
    }
  };
  const sink = createFileFeedSink(feedArticlesDir(config.DATA_DIR), {
    logger,
    onPut: (article) => void addToCorpus(article),
  });
  for (const article of await sink.loadAll()) {
    if (!(await corpus.getByUrl(article.url))) await addToCorpus(article);
  }
  const runtime = createFeedRuntime({
    store: options.store,
    sink,
    clock: options.clock,
    logger,
    notifier: createFeedNotifier(options.rest, logger),
    allowOrigins: allowedFeedOrigins(config.FEED_ALLOW_ORIGINS),
    ...feedSettingsFromConfig(config),
  });
  return { ...runtime, start: () => runtime.poller.start(config.FEED_POLL_TICK_MS) };
}
