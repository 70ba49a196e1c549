import type { Article } from "../articles/types.js";
import { createArticleFilter } from "./filters.js";
import type { Cursor, DigestFilters } from "./types.js";

/** Orders positions by addedAt, then id: ties on addedAt are neither skipped nor repeated. */
export function compareCursor(a: Cursor, b: Cursor): number {
  if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function cursorOf(article: Pick<Article, "addedAt" | "id">): Cursor {
  return { addedAt: article.addedAt, id: article.id };
}

export interface Selection {
  /** The articles after the cursor that pass the filters, oldest first. */
  articles: Article[];
  /** Where the cursor moves once these are delivered: past every article considered. */
  to: Cursor;
}

/**
 * The articles after `cursor` (and at or before `until`, when given) that pass `filters`, oldest
 * first. The new cursor also passes the articles that the filters left out, so they are not
 * reconsidered next time.
 */
export function selectArticles(
  articles: Iterable<Article>,
  cursor: Cursor,
  filters: DigestFilters,
  until?: Cursor,
): Selection {
  const passes = createArticleFilter(filters);
  const after: Article[] = [];
  for (const article of articles) {
    const position = cursorOf(article);
    if (compareCursor(position, cursor) <= 0) continue;
    if (until && compareCursor(position, until) > 0) continue;
    after.push(article);
  }
  after.sort((a, b) => compareCursor(cursorOf(a), cursorOf(b)));
  const last = after.at(-1);
  return { articles: after.filter(passes), to: last ? cursorOf(last) : cursor };
}

/**
 * The `count` newest articles (by date, then addedAt and id) that pass `filters`, oldest first: the
 * material of a sample digest.
 */
export function selectSample(
  articles: Iterable<Article>,
  filters: DigestFilters,
  count: number,
): Article[] {
  const passes = createArticleFilter(filters);
  return [...articles]
    .filter(passes)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : compareCursor(b, a)))
    .slice(0, Math.max(0, count))
    .reverse();
}
