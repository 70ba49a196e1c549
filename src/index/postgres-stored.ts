import type pg from "pg";
import type { StoredArticle } from "../articles/index-port.js";
import { ARTICLE_COLUMNS, type StoredRow, toStoredArticles } from "./rows.js";
import { urlKeys } from "./sqlite-stored.js";

const COLUMNS = `${ARTICLE_COLUMNS}, cleaner_version, file, scope`;

async function withGrants(pool: pg.Pool, rows: StoredRow[]): Promise<StoredArticle[]> {
  if (rows.length === 0) return [];
  const { rows: found } = await pool.query<{ article_id: string; grant_key: string }>(
    "SELECT article_id, grant_key FROM grants WHERE article_id = ANY($1)",
    [rows.map((row) => row.id)],
  );
  return toStoredArticles(rows, found);
}

/**
 * `listUnfiled` and `storedOf` of the PostgreSQL index. Ids are compared `COLLATE "C"` (UTF-8
 * bytes, code point order: the order SQLite gives). The listing sorts the articles that are not
 * seeds on each page (no index in that collation): fine for the feed items of one deployment.
 */
export function createPostgresStoredReader(pool: pg.Pool): {
  listUnfiled(after: string | null, limit: number): Promise<StoredArticle[]>;
  storedOf(ids: readonly string[]): Promise<StoredArticle[]>;
  storedAt(urls: readonly string[]): Promise<StoredArticle[]>;
} {
  return {
    async listUnfiled(after, limit) {
      const { rows } = await pool.query<StoredRow>(
        `SELECT ${COLUMNS} FROM articles WHERE origin <> 'seed' AND id COLLATE "C" > $1
         ORDER BY id COLLATE "C" LIMIT $2`,
        [after ?? "", Math.max(0, limit)],
      );
      return withGrants(pool, rows);
    },
    async storedOf(ids) {
      if (ids.length === 0) return [];
      const { rows } = await pool.query<StoredRow>(
        `SELECT ${COLUMNS} FROM articles WHERE id = ANY($1) ORDER BY id COLLATE "C"`,
        [[...ids]],
      );
      return withGrants(pool, rows);
    },
    async storedAt(urls) {
      const keys = urlKeys(urls);
      if (keys.length === 0) return [];
      const { rows } = await pool.query<StoredRow>(
        `SELECT ${COLUMNS} FROM articles WHERE url_key = ANY($1) ORDER BY id COLLATE "C"`,
        [keys],
      );
      return withGrants(pool, rows);
    },
  };
}
