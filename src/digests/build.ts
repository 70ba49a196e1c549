/**
 * What a digest holds: the articles added since the subscription's cursor that pass its filters, or,
 * for a preview with nothing new, a sample of the newest passing articles.
 */
import type { Article } from "../articles/types.js";
import type { Summarizer } from "../summaries/types.js";
import { composeDigest, type QuotePicker } from "./compose.js";
import { createArticleFilter } from "./filters.js";
import type { ArticleSource, DigestBriefer } from "./ports.js";
import { selectArticles, selectSample } from "./select.js";
import type { Digest, Subscription } from "./types.js";

/** Articles in the sample a preview shows when nothing is new. */
export const SAMPLE_SIZE = 3;

export interface DigestBuilderDeps {
  corpus: ArticleSource;
  summarizer: Summarizer;
  pickQuote: QuotePicker;
  briefer?: DigestBriefer | undefined;
  /** Articles younger than this are left for the next digest (see DigestServiceDeps.settleMs). */
  settleMs: number;
}

export interface DigestBuilder {
  /** The digest of what was added after the cursor, up to `runAt` less the settle time. */
  build(subscription: Subscription, runAt: number, signal?: AbortSignal): Promise<Digest>;
  /** A digest of the newest passing articles, labelled a sample; the cursor does not move. */
  sample(subscription: Subscription, runAt: number): Promise<Digest>;
}

/**
 * The newest articles that pass the subscription's filters, SAMPLE_SIZE of them and any that tie
 * with the last on date and added time (selectSample orders ties): the corpus is read only that
 * far.
 */
async function newestPassing(
  articles: AsyncIterable<Article>,
  subscription: Subscription,
): Promise<Article[]> {
  const passes = createArticleFilter(subscription.filters);
  const found: Article[] = [];
  for await (const article of articles) {
    const last = found.at(-1);
    if (
      found.length >= SAMPLE_SIZE &&
      last &&
      (article.date !== last.date || article.addedAt !== last.addedAt)
    ) {
      break;
    }
    if (passes(article)) found.push(article);
  }
  return found;
}

export function createDigestBuilder(deps: DigestBuilderDeps): DigestBuilder {
  const { corpus, summarizer, pickQuote, briefer, settleMs } = deps;
  return {
    async build(subscription, runAt, signal) {
      const until = { addedAt: runAt - settleMs, id: "\uffff" };
      const selection = selectArticles(
        await corpus.addedAfter(subscription.cursor, until, { guildId: subscription.guildId }),
        subscription.cursor,
        subscription.filters,
        until,
      );
      return await composeDigest({
        subscription,
        articles: selection.articles,
        to: selection.to,
        runAt,
        summarizer,
        pickQuote,
        ...(signal ? { signal } : {}),
        briefer,
      });
    },
    async sample(subscription, runAt) {
      const articles = selectSample(
        await newestPassing(corpus.newest({ guildId: subscription.guildId }), subscription),
        subscription.filters,
        SAMPLE_SIZE,
      );
      const digest = await composeDigest({
        subscription,
        articles,
        to: subscription.cursor,
        runAt,
        summarizer,
        pickQuote,
        briefer,
      });
      return { ...digest, sample: true };
    },
  };
}
