import type { Article } from "../articles/types.js";
import type { QuoteCache } from "../quotes/cache.js";
import { pickTellingQuote } from "../quotes/extract.js";
import type { Quote } from "../quotes/types.js";
import type { Summarizer, SummaryLength } from "../summaries/types.js";
import type { DigestBriefer } from "./ports.js";
import type { Cursor, Digest, DigestEntry, Subscription } from "./types.js";

/** The telling quote of an article, or null. Injected so the core does not fix the quote engine
 * nor where it runs (src/work/threads.ts). */
export type QuotePicker = (article: Article) => DigestQuote | Promise<DigestQuote>;

type DigestQuote = { text: string; speaker: string } | null;

/** The most telling direct quote of `quotes` with its speaker, or null when there is none. */
function tellingDirectQuote(quotes: readonly Quote[]): DigestQuote {
  const quote = pickTellingQuote(quotes);
  return quote?.kind === "direct" && quote.speaker
    ? { text: quote.text, speaker: quote.speaker }
    : null;
}

/**
 * The digest's quote of each article from a quote cache (src/quotes/cache.ts): extracted once for
 * every subscription, where the cache extracts (the process's work threads in the bot).
 */
export function digestQuotePicker(quotes: QuoteCache): QuotePicker {
  return async (article) => tellingDirectQuote(await quotes.of(article));
}

export interface ComposeInput {
  subscription: Pick<Subscription, "id" | "length" | "schedule" | "lastRunAt" | "createdAt"> &
    Partial<Pick<Subscription, "style" | "guildId">>;
  articles: readonly Article[];
  to: Cursor;
  runAt: number;
  summarizer: Summarizer;
  pickQuote: QuotePicker;
  signal?: AbortSignal;
  /** Groups the articles into stories when the subscription's style is `briefing`. */
  briefer?: DigestBriefer | undefined;
}

/** Summarizes one article for a digest: one paragraph, through the shared (cached) summarizer. */
export async function summarizeForDigest(
  summarizer: Summarizer,
  article: Article,
  length: SummaryLength,
  signal?: AbortSignal,
): Promise<string> {
  const summary = await summarizer.summarize(article, {
    length,
    format: "paragraph",
    ...(signal ? { signal } : {}),
  });
  return summary.text;
}

/**
 * Composes a digest as plain data: each article oldest first with its summary and its most
 * telling quote. Summaries go through the injected summarizer (the SummaryService caches them, so
 * each article is summarized once for every channel).
 */
export async function composeDigest(input: ComposeInput): Promise<Digest> {
  if (input.subscription.style === "briefing" && input.briefer && input.articles.length > 0) {
    return await composeBriefingDigest(input, input.briefer);
  }
  const entries: DigestEntry[] = [];
  for (const article of input.articles) {
    const summary = await summarizeForDigest(
      input.summarizer,
      article,
      input.subscription.length,
      input.signal,
    );
    entries.push({
      articleId: article.id,
      title: article.title,
      url: article.url,
      source: article.source,
      date: article.date,
      summary,
      quote: await input.pickQuote(article),
    });
  }
  return {
    subscriptionId: input.subscription.id,
    runAt: input.runAt,
    since: input.subscription.lastRunAt ?? input.subscription.createdAt,
    timezone: input.subscription.schedule.timezone,
    entries,
    to: input.to,
  };
}

/**
 * A digest delivered as a briefing: the articles grouped into stories by the injected briefer;
 * the entries keep the articles (ids and links) without per-article summaries.
 */
async function composeBriefingDigest(input: ComposeInput, briefer: DigestBriefer): Promise<Digest> {
  const stories = await briefer(input.articles, {
    guildId: input.subscription.guildId ?? "",
    signal: input.signal,
  });
  return {
    subscriptionId: input.subscription.id,
    runAt: input.runAt,
    since: input.subscription.lastRunAt ?? input.subscription.createdAt,
    timezone: input.subscription.schedule.timezone,
    entries: input.articles.map((article) => ({
      articleId: article.id,
      title: article.title,
      url: article.url,
      source: article.source,
      date: article.date,
      summary: "",
      quote: null,
    })),
    to: input.to,
    stories,
  };
}
