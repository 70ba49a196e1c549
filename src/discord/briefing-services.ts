/**
 * The briefing and settings services as the composition root (src/services.ts) builds them: the
 * settings repository in its own store namespace, the briefing service over the corpus with the
 * LLM story writer when one is configured, and the briefer that digests with `style: briefing` use
 * (in the server's summary language).
 */
import type { ArticleFilter, Corpus } from "../articles/corpus.js";
import type { ArticleHeader } from "../articles/types.js";
import { type BriefingService, createBriefingService } from "../briefings/service.js";
import type { Story } from "../briefings/types.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { DigestBriefer } from "../digests/ports.js";
import { isUserError } from "../errors.js";
import { feedIdOfArticle } from "../feeds/article.js";
import type { Logger } from "../logger.js";
import { createOpenAiStoryWriterFromConfig } from "../openai/briefing.js";
import { createSettingsRepository } from "../settings/repository.js";
import type { SettingsRepository } from "../settings/types.js";
import { effectiveLlmBudget } from "../settings/types.js";
import { NAMESPACES } from "../store/namespaces.js";
import type { Store } from "../store/store.js";
import type { LlmLimits, LlmReservation } from "./llm-limits.js";
import { releaseUnlessPaid } from "./llm-turn.js";

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
    /** The servers' AI budgets: a digest written by the LLM is charged to its server. */
    llmLimits?: Pick<LlmLimits, "reserveGuild">;
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
    // One unit of the server's hourly budget per digest, like one per /briefing; spent, the
    // stories are extractive and carry the reason (the digest's header says so).
    let reservation: LlmReservation | null = null;
    if (briefings.llmModel !== null && parts.llmLimits) {
      try {
        reservation = await parts.llmLimits.reserveGuild(context.guildId, {
          guildBudget: effectiveLlmBudget(guild, config.LLM_GUILD_HOURLY_BUDGET),
        });
      } catch (error) {
        if (!isUserError(error)) throw error;
        logger.info({ guildId: context.guildId }, "AI budget spent: digest stories extractive");
      }
    }
    let stories: Story[] | undefined;
    try {
      const useLlm = briefings.llmModel !== null && (reservation !== null || !parts.llmLimits);
      stories = (
        await briefings.briefArticles(articles, {
          useLlm,
          language: guild.language ?? undefined,
          signal: context.signal,
        })
      ).stories;
      return stories;
    } finally {
      await releaseUnlessPaid(
        reservation,
        stories?.some((s) => s.engine === "llm") ?? false,
        logger,
      );
    }
  };
  return { briefings, settings, briefer };
}
