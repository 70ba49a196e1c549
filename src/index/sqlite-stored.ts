import type Database from "better-sqlite3";
import type { StoredArticle } from "../articles/index-port.js";
import { normalizeUrl } from "../articles/url.js";
import { ARTICLE_COLUMNS, type StoredRow, toStoredArticles } from "./rows.js";

/**
 * `listUnfiled` and `storedOf` over an open SQLite index file: used by the index itself and, on a
 * file opened read-only, by `newsdesk index copy` to read another index without touching it.
 * SQLite's BINARY collation orders ids by UTF-8 bytes, which is code point order.
 */
export function createSqliteStoredReader(db: Database.Database): {
  listUnfiled(after: string | null, limit: number): StoredArticle[];
  storedOf(ids: readonly string[]): StoredArticle[];
  storedAt(urls: readonly string[]): StoredArticle[];
} {
  const columns = `${ARTICLE_COLUMNS}, cleaner_version, file, scope`;
  const unfiled = db.prepare(
    `SELECT ${columns} FROM articles WHERE origin <> 'seed' AND id > ? ORDER BY id LIMIT ?`,
  );
  const byIds = db.prepare(
    `SELECT ${columns} FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const byUrls = db.prepare(
    `SELECT ${columns} FROM articles WHERE url_key IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const grantsOf = db.prepare(
    "SELECT article_id, grant_key FROM grants WHERE article_id IN (SELECT value FROM json_each(?))",
  );
  const withGrants = (rows: StoredRow[]): StoredArticle[] => {
    if (rows.length === 0) return [];
    const found = grantsOf.all(JSON.stringify(rows.map((row) => row.id))) as {
      article_id: string;
      grant_key: string;
    }[];
    return toStoredArticles(rows, found);
  };

  return {
    listUnfiled(after, limit) {
      return withGrants(unfiled.all(after ?? "", Math.max(0, limit)) as StoredRow[]);
    },
    storedOf(ids) {
      return ids.length === 0 ? [] : withGrants(byIds.all(JSON.stringify(ids)) as StoredRow[]);
    },
    storedAt(urls) {
      const keys = urlKeys(urls);
      return keys.length === 0 ? [] : withGrants(byUrls.all(JSON.stringify(keys)) as StoredRow[]);
    },
  };
}

/** The normalized keys of the URLs that are URLs (others match nothing). */
export function urlKeys(urls: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const url of urls) {
    try {
      keys.add(normalizeUrl(url.trim()));
    } catch {
      // Not a URL: no article is stored at it.
    }
  }
  return [...keys];
}
