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
const SUGGEST_EXACT_SCORE = 1_000;
const SUGGEST_ID_PREFIX_SCORE = 500;
const SUGGEST_URL_PREFIX_SCORE = 400;
/** Articles read newest first (articles_newest_titles) before an index is asked for the matches. */
const FIRST_WINDOW = 1_000;
/** An id or URL prefix asks its index for at most this many matches before reading the newest. */
const PREFIX_CAP = 200;

const NEWEST = "date DESC, added_at DESC, id";

type ScoredRow = ArticleRow & { score: number };

/** What autocomplete looks for: conditions on an article `a`, their parameters, a match's score. */
interface Match {
  where: string[];
  /** The conditions an index of their own answers (default: all); the others are tested on those. */
  indexed?: string[];
  params: unknown[];
  score: string;
}

/** A LIKE pattern matching values that start with `prefix`. */
function startsWith(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The match with its parameters numbered from `offset + 1`, to follow others in one statement. */
function shifted(match: Match, offset: number): Match {
  const shift = (sql: string) =>
    sql.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + offset}`);
  return {
    where: match.where.map(shift),
    ...(match.indexed ? { indexed: match.indexed.map(shift) } : {}),
    params: match.params,
    score: shift(match.score),
  };
}

/**
 * Full-text search (tsvector, title weight A, text B, ts_rank_cd) and autocomplete. The options
 * (the window of newest articles read first, the cap of an id or URL prefix) exist for tests.
 */
export function createPostgresSearch(
  pool: pg.Pool,
  options: { firstWindow?: number; prefixCap?: number } = {},
) {
  const columns = prefixed(ARTICLE_COLUMNS);
  const firstWindow = options.firstWindow ?? FIRST_WINDOW;
  const prefixCap = options.prefixCap ?? PREFIX_CAP;
  /**
   * SQL for the ids of the newest `$limit` articles that meet every condition, found through the
   * indexed conditions' own index (GIN for words and trigrams, B-tree for id and URL prefixes;
   * MATERIALIZED keeps the planner from an ordered scan of the whole table), the others tested on
   * what it finds; at most `cap` are taken from the index. Defines the CTEs `m<n>` and `top<n>`.
   */
  const indexedSql = (match: Match, limit: string, n: number | string, cap?: number) => {
    const indexed = match.indexed ?? match.where;
    const rest = match.where.filter((condition) => !indexed.includes(condition));
    return `m${n} AS MATERIALIZED (
         SELECT a.id, a.date, a.added_at, a.title, a.title_words FROM articles a
         WHERE ${indexed.join(" AND ")}${cap === undefined ? "" : ` LIMIT ${cap}`}),
       top${n} AS (SELECT a.id FROM m${n} a WHERE true${rest.map((c) => ` AND ${c}`).join("")}
         ORDER BY ${ORDER} LIMIT ${limit})`;
  };
  /**
   * The newest `limit` articles that meet every condition of `match` (newest by date, the order of
   * every list), scored, in one statement: a common condition costs the same at any size of table,
   * a rare one what its few matches cost.
   *
   * A condition that many articles meet ("min:*" is in one title in seven) is met within the first
   * few hundred rows of articles_newest_titles (date, added-at, id, with the title and its words:
   * an index-only scan), read in order until `limit` match. When the newest `firstWindow` hold fewer,
   * the condition is rare, and its own index gives all its matches (the second branch below runs
   * only then). The planner cannot choose between the two: it estimates `title_words @@ 'min:*'` at a
   * default 2 % when titles have few distinct words.
   */
  const newestMatching = async (
    matches: Match[],
    limit: number,
    prefix?: { match: Match; cap: number },
  ): Promise<{ rows: (ScoredRow & { found: string | null })[]; found: number }> => {
    // $1 the limit; $2 the window, only when there is one (PostgreSQL rejects an unused parameter).
    const all: unknown[] = matches.length > 0 ? [limit, firstWindow] : [limit];
    const ctes: string[] = [];
    const parts: string[] = [];
    if (prefix) {
      // An id prefix (usually few matches) asks its index first, for at most `cap`.
      const match = shifted(prefix.match, all.length);
      all.push(...prefix.match.params);
      ctes.push(indexedSql(match, "$1", "p", prefix.cap));
      parts.push(
        `SELECT ${columns}, ${match.score} AS score, (SELECT count(*) FROM mp) AS found
         FROM articles a WHERE a.id IN (SELECT id FROM topp)`,
      );
    }
    matches.forEach((unshifted, n) => {
      const match = shifted(unshifted, all.length);
      all.push(...unshifted.params);
      // A match after the first runs only when those before it found fewer than `limit`.
      const gate = n === 0 ? "" : `(SELECT count(*) FROM hits${n - 1}) < $1 AND `;
      ctes.push(
        `win${n} AS MATERIALIZED (
           SELECT a.id FROM (SELECT * FROM articles ORDER BY ${NEWEST} LIMIT $2) a
           WHERE ${match.where.join(" AND ")} ORDER BY ${ORDER} LIMIT $1)`,
        indexedSql(match, "$1", n),
        `hits${n} AS (
           SELECT id FROM win${n} WHERE ${gate}(SELECT count(*) FROM win${n}) >= $1
           UNION ALL
           SELECT id FROM top${n} WHERE ${gate}(SELECT count(*) FROM win${n}) < $1)`,
      );
      parts.push(
        `SELECT ${columns}, ${match.score} AS score, NULL::bigint AS found FROM articles a
         WHERE a.id IN (SELECT id FROM hits${n})`,
      );
    });
    if (parts.length === 0) return { rows: [], found: 0 };
    const { rows } = await pool.query<ScoredRow & { found: string | null }>(
      `WITH ${ctes.join(",\n")}\n${parts.join("\nUNION ALL\n")}`,
      all,
    );
    const counted = rows.find((row) => row.found !== null);
    return { rows, found: counted ? Number(counted.found) : 0 };
  };
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
      if (trimmed === "") {
        const params: unknown[] = [];
        const visible = visiblePg(viewer, params);
        params.push(limit);
        const { rows } = await pool.query<ArticleRow>(
          `SELECT ${columns} FROM articles a WHERE true${visible} ORDER BY ${ORDER}
           LIMIT $${params.length}`,
          params,
        );
        return rows.map((row) => ({ article: rowToArticle(row), score: 0 }));
      }
      const hits = new Map<string, IndexHit>();
      const note = (rows: ScoredRow[]) => {
        for (const row of rows) {
          const score = Number(row.score);
          const current = hits.get(row.id);
          if (!current || current.score < score)
            hits.set(row.id, { article: rowToArticle(row), score });
        }
      };
      /** The viewer's visibility added to the conditions (not to those an index answers). */
      const visibleTo = (match: Match): Match => {
        const visible = visiblePg(viewer, match.params).replace(/^ AND /, "");
        if (!visible) return match;
        return {
          ...match,
          where: [...match.where, visible],
          indexed: match.indexed ?? match.where,
        };
      };
      /**
       * An id or URL prefix, with the articles the viewer may see: the index counts only those
       * (with at most `prefixCap`, the exact one is among them). More: the newest are read in order,
       * and the exact one looked up (it may be older than the newest `limit`).
       */
      const byPrefix = async (
        unseen: Match,
        exact: { condition: string; value: string },
        words: Match[] = [],
      ) => {
        const { indexed: _all, ...match } = visibleTo(unseen);
        const { rows, found } = await newestMatching(words, limit, { match, cap: prefixCap });
        note(rows);
        if (found < prefixCap) return;
        note((await newestMatching([match], limit)).rows);
        const params: unknown[] = [exact.value];
        const visible = visiblePg(viewer, params);
        const exactRows = await pool.query<ScoredRow>(
          `SELECT ${columns}, ${SUGGEST_EXACT_SCORE} AS score FROM articles a
           WHERE ${exact.condition} = $1${visible}`,
          params,
        );
        note(exactRows.rows);
      };
      const words = suggestTerms(trimmed);
      const wordMatch = (typos: boolean): Match => {
        const params: unknown[] = [];
        const prefix = (text: string) => {
          params.push(`${text}:*`);
          return `a.title_words @@ to_tsquery('simple', $${params.length})`;
        };
        const where: string[] = [];
        const fuzzy: string[] = [];
        for (const word of words) {
          if (typos && allowedTypos(word) > 0) {
            // A title word within the typos shares the first two letters (as in SQLite): a
            // cheap test before the trigram one. The trigram GIN index finds the rare ones.
            where.push(prefix(word.slice(0, 2)));
            params.push(word);
            fuzzy.push(`$${params.length} <% lower(a.title)`);
          } else where.push(prefix(word));
        }
        const indexed = fuzzy.length > 0 ? fuzzy : [...where];
        // As in SQLite, a short last word is not ranked (it matches too many titles to tell
        // them apart); longer words rank the newest matches by ts_rank, then date.
        if ((words.at(-1)?.length ?? 0) < 4)
          return visibleTo({ where: [...where, ...fuzzy], indexed, params, score: "0" });
        params.push(words.map((word) => `${word}:*`).join(" | "));
        const rank = `1 + ts_rank(a.title_words, to_tsquery('simple', $${params.length}))`;
        return visibleTo({ where: [...where, ...fuzzy], indexed, params, score: rank });
      };
      // Typos only when the words as typed find too little: the statement's last match runs
      // only then.
      const wordMatches =
        words.length === 0
          ? []
          : [
              wordMatch(false),
              ...(words.some((word) => allowedTypos(word) > 0) ? [wordMatch(true)] : []),
            ];
      if (/\s/.test(trimmed)) note((await newestMatching(wordMatches, limit)).rows);
      else {
        // The id prefix and the title words in one statement.
        await byPrefix(
          {
            where: ["lower(a.id) LIKE $1"],
            params: [startsWith(trimmed.toLowerCase()), trimmed],
            score: `CASE WHEN a.id = $2 THEN ${SUGGEST_EXACT_SCORE} ELSE ${SUGGEST_ID_PREFIX_SCORE} END`,
          },
          { condition: "a.id", value: trimmed },
          wordMatches,
        );
        let exact: string | undefined;
        if (looksLikeUrl(trimmed)) {
          try {
            exact = normalizeUrl(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
          } catch {
            exact = undefined;
          }
        }
        if (exact !== undefined) {
          await byPrefix(
            {
              where: ["(a.url_stem LIKE $1 OR a.url_key = $2)"],
              params: [startsWith(urlStem(trimmed)), exact],
              score: `CASE WHEN a.url_key = $2 THEN ${SUGGEST_EXACT_SCORE} ELSE ${SUGGEST_URL_PREFIX_SCORE} END`,
            },
            { condition: "a.url_key", value: exact },
          );
        }
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
