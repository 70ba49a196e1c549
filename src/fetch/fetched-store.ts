import type { Article } from "../articles/types.js";
import type { Logger } from "../logger.js";
import type { KeyValue } from "../store/key-value.js";
import { parseStoredArticle, toStoredArticle } from "./stored-article.js";

/**
 * Fetched articles kept across restarts: the integrator saves each article the fetcher returns and
 * adds `loadAll()` to the corpus at start-up. Keyed by article id (one entry per normalized URL).
 */
export interface FetchedArticleStore {
  save(article: Article): Promise<void>;
  /** Every stored article that still validates; malformed entries are skipped (and logged). */
  loadAll(): Promise<Article[]>;
}

export function createFetchedArticleStore(
  kv: KeyValue,
  options: { logger?: Logger } = {},
): FetchedArticleStore {
  return {
    async save(article) {
      if (article.origin !== "fetched") {
        throw new TypeError(`only fetched articles are stored here, not ${article.id}`);
      }
      await kv.set(article.id, toStoredArticle(article));
    },
    async loadAll() {
      const articles: Article[] = [];
      for await (const [key, value] of kv.entries()) {
        const article = parseStoredArticle(value);
        if (article) articles.push(article);
        else options.logger?.warn({ key }, "skipped malformed stored article");
      }
      return articles.sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1));
    },
  };
}
