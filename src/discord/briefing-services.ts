/**
 * The briefing and settings services as the composition root (src/services.ts) builds them: the
 * settings repository in its own store namespace, the briefing service over the corpus with the
 * LLM story writer when one is configured, and the briefer that digests with `style: briefing` use
 * (in the server's summary language).
 */
import type { Corpus } from "../articles/corpus.js";
import { type BriefingService, createBriefingService } from "../briefings/service.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { DigestBriefer } from "../digests/ports.js";
import type { Logger } from "../logger.js";
import { createOpenAiStoryWriterFromConfig } from "../openai/briefing.js";
import { createSettingsRepository } from "../settings/repository.js";
import type { SettingsRepository } from "../settings/types.js";
import { NAMESPACES } from "../store/namespaces.js";
import type { Store } from "../store/store.js";

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
      const headers = await parts.corpus.list({
        since: window.day,
        ...(window.source ? { source: window.source } : {}),
        limit: window.limit,
        ...(window.viewer ? { viewer: window.viewer } : {}),
      });
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
