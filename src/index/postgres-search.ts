import type pg from "pg";
import type { IndexHit, Viewer } from "../articles/index-port.js";
import {
  allowedTypos,
  looksLikeUrl,
  searchTerms,
  suggestTerms,
  urlStem,
} from "../articles/query.js";
import { normalizeUrl } from "../articles/url.js";
import { visiblePg } from "./postgres-index.js";
import { ARTICLE_COLUMNS, type ArticleRow, rowToArticle } from "./rows.js";
import { MAX_RANKED } from "./sqlite-search.js";
import { prefixed } from "./sqlite-sql.js";

const ORDER = "a.date DESC, a.added_at DESC, a.id";

/** A LIKE pattern matching values that start with `prefix`. */
function startsWith(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Full-text search (tsvector, title weight A, text B, ts_rank_cd) and autocomplete. */
export function createPostgresSearch(pool: pg.Pool) {
  const columns = prefixed(ARTICLE_COLUMNS);
  const fullText = async (tsquery: string, limit: number, viewer: Viewer | undefined) => {
    const params: unknown[] = [tsquery, MAX_RANKED];
    const visible = visiblePg(viewer, params);
    params.push(limit);
    // As in SQLite: at most MAX_RANKED matches are ranked, those added last.
    const { rows } = await pool.query<ArticleRow & { rank: number }>(
      `SELECT ${columns}, ts_rank_cd(a.search, q) AS rank
       FROM (SELECT m.id FROM articles m WHERE m.search @@ to_tsquery('english', $1)
             ORDER BY m.added_at DESC, m.id LIMIT $2) c
       JOIN articles a ON a.id = c.id, to_tsquery('english', $1) q
       WHERE true${visible}
       ORDER BY rank DESC, ${ORDER} LIMIT $${params.length}`,
      params,
    );
    return rows;
  };
  return {
    async search(query: string, limit: number, viewer: Viewer | undefined): Promise<IndexHit[]> {
      if (limit <= 0) return [];
      const { words, lastIsPrefix } = searchTerms(query);
      if (words.length === 0) return [];
      const terms = words.map((w, i) => (i === words.length - 1 && lastIsPrefix ? `${w}:*` : w));
      let rows = await fullText(terms.join(" & "), limit, viewer);
      if (rows.length === 0 && words.length > 1)
        rows = await fullText(terms.join(" | "), limit, viewer);
      return rows.map((row) => ({ article: rowToArticle(row), score: Number(row.rank) }));
    },

    async suggest(query: string, limit: number, viewer: Viewer | undefined): Promise<IndexHit[]> {
      if (limit <= 0) return [];
      const trimmed = query.trim();
      const run = async (where: string, params: unknown[], score: string) => {
        const visible = visiblePg(viewer, params);
        params.push(limit);
        const { rows } = await pool.query<ArticleRow & { score: number }>(
          `SELECT ${columns}, ${score} AS score FROM articles a WHERE ${where}${visible}
           ORDER BY score DESC, ${ORDER} LIMIT $${params.length}`,
          params,
        );
        return rows;
      };
      if (trimmed === "") {
        const rows = await run("true", [], "0");
        return rows.map((row) => ({ article: rowToArticle(row), score: 0 }));
      }
      const hits = new Map<string, IndexHit>();
      const note = (rows: (ArticleRow & { score: number })[]) => {
        for (const row of rows) {
          const score = Number(row.score);
          const current = hits.get(row.id);
          if (!current || current.score < score)
            hits.set(row.id, { article: rowToArticle(row), score });
        }
      };
      if (!/\s/.test(trimmed)) {
        note(
          await run(
            "lower(a.id) LIKE $1",
            [startsWith(trimmed.toLowerCase()), trimmed],
            "CASE WHEN a.id = $2 THEN 1000 ELSE 500 END",
          ),
        );
        if (looksLikeUrl(trimmed)) {
          let exact = "";
          try {
            exact = normalizeUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
          } catch {
            exact = "";
          }
          note(
            await run(
              "(a.url_stem LIKE $1 OR a.url_key = $2)",
              [startsWith(urlStem(trimmed)), exact],
              "CASE WHEN a.url_key = $2 THEN 1000 ELSE 400 END",
            ),
          );
        }
      }
      const words = suggestTerms(trimmed);
      if (words.length > 0) {
        const wordRows = async (typos: boolean) => {
          const params: unknown[] = [];
          const conditions = words.map((word) => {
            params.push(`${word}:*`);
            const prefix = `a.title_words @@ to_tsquery('simple', $${params.length})`;
            if (!typos || allowedTypos(word) === 0) return prefix;
            params.push(word);
            return `(${prefix} OR $${params.length} <% lower(a.title))`;
          });
          // As in SQLite: a short last word matches thousands of titles, and ranking them all costs
          // more than autocomplete may take; those take the most recently added matches, unranked.
          if ((words.at(-1)?.length ?? 0) < 4) {
            const visible = visiblePg(viewer, params);
            params.push(limit * 8);
            const { rows } = await pool.query<ArticleRow & { score: number }>(
              `SELECT ${columns}, 0 AS score FROM articles a WHERE ${conditions.join(" AND ")}${visible}
               ORDER BY a.added_at DESC, a.id DESC LIMIT $${params.length}`,
              params,
            );
            return rows;
          }
          params.push(words.map((word) => `${word}:*`).join(" | "));
          const rank = `1 + ts_rank(a.title_words, to_tsquery('simple', $${params.length}))`;
          return run(conditions.join(" AND "), params, rank);
        };
        // Typos only when the words as typed find too little: the trigram test reads every title.
        let rows = await wordRows(false);
        if (rows.length < limit && words.some((word) => allowedTypos(word) > 0)) {
          rows = await wordRows(true);
        }
        note(rows);
      }
      return [...hits.values()]
        .sort(
          (a, b) =>
            b.score - a.score ||
            (a.article.date !== b.article.date
              ? a.article.date < b.article.date
                ? 1
                : -1
              : b.article.addedAt - a.article.addedAt || (a.article.id < b.article.id ? -1 : 1)),
        )
        .slice(0, limit);
    },
  };
}
