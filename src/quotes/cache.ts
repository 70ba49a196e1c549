import type { Article } from "../articles/types.js";
import { inlineQuotes, type QuoteThreads } from "./threads.js";
import type { Quote, QuoteEngine } from "./types.js";

/** An article's quotes, extracted once per article object (articles are immutable). */
export interface QuoteCache {
  of(article: Article): Promise<Quote[]>;
}

/**
 * `engine`: the quote engine (QUOTE_ENGINE; the rules alone by default). `threads`: where the
 * extraction runs (src/quotes/threads.ts; inline by default). Readers asking for the same article
 * at once share one extraction; a failed one (a timeout) is not kept, so a later ask tries again.
 */
export function createQuoteCache(
  engine: QuoteEngine = "rules",
  threads: QuoteThreads = inlineQuotes(),
): QuoteCache {
  const cache = new WeakMap<Article, Promise<Quote[]>>();
  return {
    of(article) {
      let quotes = cache.get(article);
      if (!quotes) {
        quotes = threads.extract(article, engine);
        cache.set(article, quotes);
        quotes.catch(() => {
          if (cache.get(article) === quotes) cache.delete(article);
        });
      }
      return quotes;
    },
  };
}
