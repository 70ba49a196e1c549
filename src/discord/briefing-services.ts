/**
 * The briefing and settings services as the composition root (src/services.ts) builds them: the
 * settings repository in its own store namespace, the briefing service over the corpus with the
 * LLM story writer when one is configured, and the briefer that digests with `style: briefing` use
 * (in the server's summary language).
 */
import type { ArticleFilter, Corpus } from "../articles/corpus.js";
import type { ArticleHeader } from "../articles/types.js";
import { type BriefingService, createBriefingService } from "../briefings/service.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { DigestBriefer } from "../digests/ports.js";
import { feedIdOfArticle } from "../feeds/article.js";
import type { Logger } from "../logger.js";
import { createOpenAiStoryWriterFromConfig } from "../openai/briefing.js";
import { createSettingsRepository } from "../settings/repository.js";
import type { SettingsRepository } from "../settings/types.js";
import { NAMESPACES } from "../store/namespaces.js";
import type { Store } from "../store/store.js";

/**
 * The newest `limit` headers of one feed in the window. The index keeps no feed column, so the feed
 * articles of the window are listed (headers only, no text) and kept by the feed id their article
 * id carries (src/feeds/article.ts).
 */
async function feedHeaders(
  corpus: Pick<Corpus, "list">,
  filter: Omit<ArticleFilter, "origin" | "limit">,
  feedId: string,
  limit: number,
): Promise<ArticleHeader[]> {
  const headers = await corpus.list({ ...filter, origin: "feed" });
  return headers.filter((header) => feedIdOfArticle(header) === feedId).slice(0, limit);
}

export interface BriefingServices {
  briefings: BriefingService;
  settings: SettingsRepository;
  briefer: DigestBriefer;
}

export function createBriefingServices(
  config: Config,
  parts: {
    store: Pick<Store, "namespace">;
    corpus: Pick<Corpus, "list" | "get" | "latest">;
    clock: Clock;
    logger: Logger;
  },
): BriefingServices {
  const { logger } = parts;
  const settings = createSettingsRepository(parts.store.namespace(NAMESPACES.settings));
  const briefings = createBriefingService({
    articles: async (window) => {
      // Headers of the window only, then the few whole articles: never the whole corpus.
      const filter = {
        since: window.day,
        ...(window.source ? { source: window.source } : {}),
        ...(window.viewer ? { viewer: window.viewer } : {}),
      };
      const headers = window.feedId
        ? await feedHeaders(parts.corpus, filter, window.feedId, window.limit)
        : await parts.corpus.list({ ...filter, limit: window.limit });
      const articles = await Promise.all(headers.map((h) => parts.corpus.get(h.id, window.viewer)));
      return articles.filter((a): a is NonNullable<typeof a> => a !== undefined);
    },
    writer: createOpenAiStoryWriterFromConfig(config, logger),
    newestDate: async () => (await parts.corpus.latest())?.date ?? null,
    clock: parts.clock,
    onWriterError: (error) =>
      logger.warn({ err: error }, "the LLM could not write a briefing story"),
  });
  const briefer: DigestBriefer = async (articles, context) => {
    const guild = await settings.get(context.guildId);
    const briefing = await briefings.briefArticles(articles, {
      useLlm: briefings.llmModel !== null,
      language: guild.language ?? undefined,
      signal: context.signal,
    });
    return briefing.stories;
  };
  return { briefings, settings, briefer };
}
