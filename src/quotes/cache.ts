import type { Article } from "../articles/types.js";
import { extractQuotes } from "./extract.js";
import type { Quote, QuoteEngine, QuoteSource } from "./types.js";

/** Where extraction runs: inline by default; src/work/threads.ts puts it on worker threads. */
export interface QuoteExtractor {
  quotes(article: QuoteSource, engine: QuoteEngine): Promise<Quote[]>;
}

const inline: QuoteExtractor = {
  quotes: async (article, engine) => extractQuotes(article, { engine }),
};

/** An article's quotes, extracted once per article object (articles are immutable). */
export interface QuoteCache {
  of(article: Article): Promise<Quote[]>;
}

/**
 * `engine`: the quote engine (QUOTE_ENGINE; the rules alone by default). `extractor`: where the
 * extraction runs (inline by default). Readers asking for the same article at once share one
 * extraction; a failed one (a timeout) is not kept, so a later ask tries again.
 */
export function createQuoteCache(
  engine: QuoteEngine = "rules",
  extractor: QuoteExtractor = inline,
): QuoteCache {
  const cache = new WeakMap<Article, Promise<Quote[]>>();
  return {
    of(article) {
      let quotes = cache.get(article);
      if (!quotes) {
        quotes = extractor.quotes(article, engine);
        cache.set(article, quotes);
        quotes.catch(() => {
          if (cache.get(article) === quotes) cache.delete(article);
        });
      }
      return quotes;
    },
  };
}
