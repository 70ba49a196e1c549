import type Database from "better-sqlite3";
import type { IndexHit, Viewer } from "../articles/index-port.js";
import {
  allowedTypos,
  boundedDistance,
  looksLikeUrl,
  prefixEnd,
  searchTerms,
  suggestTerms,
  urlStem,
} from "../articles/query.js";
import { normalizeUrl } from "../articles/url.js";
import { ARTICLE_COLUMNS, type ArticleRow, rowToArticle } from "./rows.js";
import { prefixed, visibleSql } from "./sqlite-sql.js";

/** How much a title word weighs against a word of the text in BM25 (FTS5 column weights). */
export const TITLE_WEIGHT = 4;
const MAX_FUZZY_TERMS = 12;
const SUGGEST_ID_SCORE = 1_000;
const SUGGEST_ID_PREFIX_SCORE = 500;
const SUGGEST_URL_PREFIX_SCORE = 400;
/**
 * At most this many matches are ranked. BM25 costs about 25 µs a row in FTS5, and a common word
 * matches nearly every article: beyond this many, the ones added last (highest rowid) are ranked,
 * which keeps a search of 100,000 articles well under a second.
 */
export const MAX_RANKED = 5_000;

/** An FTS5 string literal: the word in double quotes (words hold only letters and digits). */
function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

export function ftsExpression(words: readonly string[], lastIsPrefix: boolean, join: string) {
  return words
    .map((word, i) => (i === words.length - 1 && lastIsPrefix ? `${quote(word)}*` : quote(word)))
    .join(join);
}

/** Full-text search and autocomplete on the FTS5 tables. */
export function createSqliteSearch(db: Database.Database) {
  const columns = prefixed(ARTICLE_COLUMNS);
  /**
   * The best `limit` matches of an FTS5 table, ranked there (no article row is read for the others:
   * a common word matches tens of thousands), then joined with the articles. With a viewer more are
   * taken first (8×), since some may be hidden from them.
   */
  const ranked = (
    table: "articles_fts" | "titles_fts",
    rankSql: string,
    match: string,
    limit: number,
    viewer: Viewer | undefined,
  ) => {
    const visible = visibleSql(viewer);
    // The rowid below which matches are not ranked, when more than MAX_RANKED match (cheap: no rank).
    const cutoff = db
      .prepare(
        `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
      )
      .pluck()
      .get(match, MAX_RANKED) as number | undefined;
    return db
      .prepare(
        `WITH hits AS (
           SELECT rowid, ${rankSql} AS rank FROM ${table} WHERE ${table} MATCH ? AND rowid > ?
           ORDER BY rank LIMIT ?
         )
         SELECT ${columns}, hits.rank AS rank FROM hits JOIN articles a ON a.rowid = hits.rowid
         WHERE 1 = 1${visible.sql}
         ORDER BY hits.rank, a.date DESC, a.added_at DESC, a.id LIMIT ?`,
      )
      .all(
        match,
        cutoff ?? 0,
        viewer ? limit * 8 : limit,
        ...visible.params,
        limit,
      ) as (ArticleRow & {
      rank: number;
    })[];
  };
  const fullText = (match: string, limit: number, viewer: Viewer | undefined) =>
    ranked("articles_fts", `bm25(articles_fts, ${TITLE_WEIGHT}, 1.0)`, match, limit, viewer);

  const vocabulary = db.prepare(
    "SELECT term FROM titles_vocab WHERE term >= ? AND term < ? LIMIT 5000",
  );

  /** Title words within the allowed typos of `word` (sharing its first two letters). */
  const fuzzyTerms = (word: string): string[] => {
    const typos = allowedTypos(word);
    if (typos === 0) return [];
    const head = word.slice(0, 2);
    const found: string[] = [];
    for (const { term } of vocabulary.all(head, prefixEnd(head)) as { term: string }[]) {
      if (term !== word && boundedDistance(word, term, typos) <= typos) found.push(term);
      if (found.length >= MAX_FUZZY_TERMS) break;
    }
    return found;
  };

  return {
    search(query: string, limit: number, viewer: Viewer | undefined): IndexHit[] {
      if (limit <= 0) return [];
      const { words, lastIsPrefix } = searchTerms(query);
      if (words.length === 0) return [];
      let rows = fullText(ftsExpression(words, lastIsPrefix, " AND "), limit, viewer);
      if (rows.length === 0 && words.length > 1) {
        rows = fullText(ftsExpression(words, lastIsPrefix, " OR "), limit, viewer);
      }
      return rows.map((row) => ({ article: rowToArticle(row), score: -row.rank }));
    },

    suggest(query: string, limit: number, viewer: Viewer | undefined): IndexHit[] {
      if (limit <= 0) return [];
      const visible = visibleSql(viewer);
      const trimmed = query.trim();
      if (trimmed === "") {
        const rows = db
          .prepare(
            `SELECT ${columns} FROM articles a WHERE 1 = 1${visible.sql}
             ORDER BY a.date DESC, a.added_at DESC, a.id LIMIT ?`,
          )
          .all(...visible.params, limit) as ArticleRow[];
        return rows.map((row) => ({ article: rowToArticle(row), score: 0 }));
      }
      const hits = new Map<string, IndexHit>();
      const note = (rows: ArticleRow[], score: (row: ArticleRow) => number) => {
        for (const row of rows) {
          const value = score(row);
          const current = hits.get(row.id);
          if (!current || current.score < value) {
            hits.set(row.id, { article: current?.article ?? rowToArticle(row), score: value });
          }
        }
      };
      if (!/\s/.test(trimmed)) {
        const lower = trimmed.toLowerCase();
        const byId = db
          .prepare(
            `SELECT ${columns} FROM articles a WHERE lower(a.id) >= ? AND lower(a.id) < ?${visible.sql} LIMIT ?`,
          )
          .all(lower, prefixEnd(lower), ...visible.params, limit) as ArticleRow[];
        note(byId, (row) => (row.id === trimmed ? SUGGEST_ID_SCORE : SUGGEST_ID_PREFIX_SCORE));
        if (looksLikeUrl(trimmed)) {
          let exact: string | undefined;
          try {
            exact = normalizeUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
          } catch {
            exact = undefined;
          }
          const stem = urlStem(trimmed);
          const byUrl = db
            .prepare(
              `SELECT ${columns}, a.url_key FROM articles a WHERE a.url_stem >= ? AND a.url_stem < ?${visible.sql} LIMIT ?`,
            )
            .all(stem, prefixEnd(stem), ...visible.params, limit) as (ArticleRow & {
            url_key: string;
          })[];
          if (exact !== undefined) {
            const key = exact;
            const exactRows = db
              .prepare(
                `SELECT ${columns}, a.url_key FROM articles a WHERE a.url_key = ?${visible.sql}`,
              )
              .all(key, ...visible.params) as (ArticleRow & { url_key: string })[];
            byUrl.push(...exactRows);
          }
          note(byUrl, (row) =>
            (row as ArticleRow & { url_key: string }).url_key === exact
              ? SUGGEST_ID_SCORE
              : SUGGEST_URL_PREFIX_SCORE,
          );
        }
      }
      const words = suggestTerms(trimmed);
      if (words.length > 0) {
        const groups = words.map((word) => {
          const options = [`${quote(word)}*`, ...fuzzyTerms(word).map(quote)];
          return options.length === 1 ? options[0]! : `(${options.join(" OR ")})`;
        });
        // A short last word matches thousands of titles in a large corpus: ranking them all costs
        // more than autocomplete may take, so those take the most recent matches (FTS5 stops early
        // in rowid order); longer words are ranked by BM25.
        const short = (words.at(-1)?.length ?? 0) < 4;
        const visible = visibleSql(viewer);
        const rows = short
          ? (db
              .prepare(
                `SELECT ${columns}, -1 AS rank FROM articles a
                 WHERE a.rowid IN (SELECT rowid FROM titles_fts WHERE titles_fts MATCH ?
                   ORDER BY rowid DESC LIMIT ?)${visible.sql}`,
              )
              .all(groups.join(" AND "), limit * 8, ...visible.params) as (ArticleRow & {
              rank: number;
            })[])
          : ranked("titles_fts", "bm25(titles_fts)", groups.join(" AND "), limit, viewer);
        note(rows, (row) => 1 - (row as ArticleRow & { rank: number }).rank);
      }
      return [...hits.values()]
        .sort(
          (a, b) =>
            b.score - a.score ||
            (a.article.date !== b.article.date
              ? a.article.date < b.article.date
                ? 1
                : -1
              : b.article.addedAt - a.article.addedAt ||
                (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0)),
        )
        .slice(0, limit);
    },
  };
}
