import type { Corpus } from "./articles/corpus.js";
import type { BriefingService } from "./briefings/service.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { DigestService } from "./digests/service.js";
import type { GuildDirectory } from "./discord/guilds.js";
import type { LlmLimits } from "./discord/llm-limits.js";
import type { ThreadServices } from "./discord/threads.js";
import type { FeedService } from "./feeds/service.js";
import type { FetchedPages } from "./fetch/fetched-pages.js";
import type { ArticleFetcher } from "./fetch/fetcher.js";
import type { JobsPort } from "./jobs/ports.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import type { QuoteCache } from "./quotes/cache.js";
import type { SettingsRepository } from "./settings/types.js";
import type { Store } from "./store/store.js";
import type { SummaryService } from "./summaries/service.js";

/**
 * Everything a command needs, built once by the composition root (src/services.ts) and handed down.
 * Nothing reaches for a global: tests build their own.
 */
export interface BotDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  corpus: Corpus;
  summarizer: SummaryService;
  store: Store;
  /** Fetches pages that are not in the corpus; null when fetching is not available. */
  fetcher: ArticleFetcher | null;
  /** Pages fetched on request, each visible only to whom it was granted (src/fetch/fetched-pages.ts). */
  fetchedPages: FetchedPages | null;
  /** Digest subscriptions and delivery (src/digests); absent in tests that do not need them. */
  digests?: DigestService;
  /** Per-user cooldowns and per-server LLM budgets, in the shared store. */
  llmLimits: LlmLimits;
  /** Channels and the bot's permissions in them, over REST. */
  guilds: GuildDirectory;
  /** The process's Prometheus metrics (src/metrics.ts); absent where nothing scrapes them. */
  metrics?: Metrics;
  /** Each article's quotes, extracted once. */
  quotes: QuoteCache;
  /**
   * The job queue (src/jobs): when set, `/summarize` defers, enqueues, and a worker answers over
   * REST; absent in tests that answer in the handler's own process.
   */
  jobs?: JobsPort;
  /** Briefings: stories grouped across sources (src/briefings); absent in tests that do not need them. */
  briefings?: BriefingService;
  /** Per-server settings (src/settings); absent: every server has the defaults. */
  settings?: SettingsRepository;
  /** Feeds this server follows (src/feeds); absent in tests that do not need them. */
  feedService?: FeedService;
  /** Article threads: the Discuss button and `/ask` (src/threads); absent: both say they are off. */
  threads?: ThreadServices;
}
