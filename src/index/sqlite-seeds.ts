import type Database from "better-sqlite3";
import type { Grant, IndexedArticle, SeedFileRecord, SeedLedger } from "../articles/index-port.js";
import { type ClaimFilter, createClaimFilter } from "./claim-filter.js";
import {
  DEFERRED_INDEXES,
  DROP_DEFERRED_INDEXES,
  FTS_TRIGGERS,
  ID_KEY_INDEX,
  REBUILD_FTS,
} from "./sqlite-schema.js";

interface SeedRow {
  path: string;
  size: number;
  mtime_ms: number;
  content_hash: string;
  cleaner_version: number;
  article_id: string | null;
  url_key: string | null;
  problem: string | null;
}

export function seedRowToRecord(row: SeedRow): SeedFileRecord {
  return {
    path: row.path,
    size: Number(row.size),
    mtimeMs: Number(row.mtime_ms),
    contentHash: row.content_hash,
    cleanerVersion: Number(row.cleaner_version),
    articleId: row.article_id,
    urlKey: row.url_key,
    problem: row.problem,
  };
}

/**
 * The least string above every string that starts with `prefix` (a folder with its trailing
 * separator): its last character plus one. (`prefix + "\uffff"` is not: a name starting with a
 * character above U+FFFF sorts after it in UTF-8.)
 */
function pastPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

const SEED_GRANTS: readonly Grant[] = [{ kind: "all" }];

/** The seed-file ledger in the same SQLite file, written in the index's transactions. */
export function createSqliteSeedLedger(
  db: Database.Database,
  ops: {
    write: <T>(run: () => T) => T;
    writeOne: (entry: IndexedArticle, grants: readonly Grant[] | undefined) => void;
    removeOne: (id: string) => boolean;
  },
): SeedLedger {
  const upsertRecord = db.prepare(
    `INSERT INTO seed_files (path, size, mtime_ms, content_hash, cleaner_version, article_id, url_key, problem)
     VALUES (@path, @size, @mtimeMs, @contentHash, @cleanerVersion, @articleId, @urlKey, @problem)
     ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
       content_hash = excluded.content_hash, cleaner_version = excluded.cleaner_version,
       article_id = excluded.article_id, url_key = excluded.url_key, problem = excluded.problem`,
  );
  const deleteRecord = db.prepare("DELETE FROM seed_files WHERE path = ?");
  const getRecord = db.prepare("SELECT * FROM seed_files WHERE path = ?");
  const claims = db.prepare("SELECT * FROM seed_files WHERE url_key = ? ORDER BY path");
  const holders = db.prepare("SELECT * FROM seed_files WHERE article_id = ? ORDER BY path");
  const pageAfter = db.prepare(
    "SELECT * FROM seed_files WHERE path > ? AND path < ? ORDER BY path LIMIT ?",
  );
  /**
   * During a bulk load into an empty ledger: what its records claim (see `ClaimFilter`), so that
   * the importer's lookup per new file is answered here when nothing can match.
   */
  let bulk: { urls: ClaimFilter; ids: ClaimFilter } | null = null;
  return {
    async beginBulk() {
      const empty = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM seed_files) AS empty").get() as {
        empty: number;
      };
      bulk = empty.empty ? { urls: createClaimFilter(), ids: createClaimFilter() } : null;
      // A larger page cache (16 MB) while many rows go in: the B-tree indexes are written all over.
      db.pragma("cache_size = -16384");
      // Rows go in without the triggers and the read-only indexes; `endBulk` (or the next open,
      // after a crash) rebuilds the full-text indexes from the articles in one pass, eight times
      // cheaper than row by row, and builds each index once.
      db.transaction(() => {
        db.exec(
          "DROP TRIGGER IF EXISTS articles_ai; DROP TRIGGER IF EXISTS articles_ad; DROP TRIGGER IF EXISTS articles_au",
        );
        db.exec(DROP_DEFERRED_INDEXES);
        db.prepare(
          "INSERT INTO meta (key, value) VALUES ('fts_pending', '1') ON CONFLICT (key) DO NOTHING",
        ).run();
      })();
    },
    async endBulk() {
      bulk = null;
      db.transaction(() => {
        // The grants of removed articles: the delete trigger did not run meanwhile.
        db.prepare("DELETE FROM grants WHERE article_id NOT IN (SELECT id FROM articles)").run();
        db.exec(REBUILD_FTS);
        db.exec(FTS_TRIGGERS);
        db.exec(DEFERRED_INDEXES);
        db.exec(ID_KEY_INDEX);
        db.prepare("DELETE FROM meta WHERE key = 'fts_pending'").run();
      })();
      db.pragma("cache_size = -2000");
    },
    async list(root) {
      const rows = db
        .prepare("SELECT * FROM seed_files WHERE path >= ? AND path < ? ORDER BY path")
        .all(root, pastPrefix(root)) as SeedRow[];
      return rows.map(seedRowToRecord);
    },
    async listPage(root, after, limit) {
      // BINARY collation: UTF-8 bytes, i.e. code point order.
      const rows = pageAfter.all(after ?? root, pastPrefix(root), limit) as SeedRow[];
      return rows.map(seedRowToRecord);
    },
    async listOutside(prefixes) {
      const rows = db
        .prepare(
          `SELECT * FROM seed_files WHERE 1 = 1${prefixes.map(() => " AND NOT (path >= ? AND path < ?)").join("")} ORDER BY path`,
        )
        .all(...prefixes.flatMap((prefix) => [prefix, pastPrefix(prefix)])) as SeedRow[];
      return rows.map(seedRowToRecord);
    },
    async get(path) {
      const row = getRecord.get(path) as SeedRow | undefined;
      return row ? seedRowToRecord(row) : undefined;
    },
    async claimsOf(urlKey) {
      if (bulk && !bulk.urls.mayHave(urlKey)) return [];
      const rows = claims.all(urlKey) as SeedRow[];
      return rows.map(seedRowToRecord);
    },
    async holdersOf(articleId) {
      if (bulk && !bulk.ids.mayHave(articleId)) return [];
      return (holders.all(articleId) as SeedRow[]).map(seedRowToRecord);
    },
    async apply(batch) {
      for (const record of bulk ? batch.records : []) {
        if (record.urlKey !== null) bulk?.urls.add(record.urlKey);
        if (record.articleId !== null) bulk?.ids.add(record.articleId);
      }
      ops.write(() => {
        for (const id of batch.removedArticles) ops.removeOne(id);
        for (const path of batch.removedPaths) deleteRecord.run(path);
        for (const entry of batch.articles) ops.writeOne(entry, SEED_GRANTS);
        for (const record of batch.records) upsertRecord.run(record);
      });
    },
    async problems() {
      const rows = db
        .prepare("SELECT * FROM seed_files WHERE problem IS NOT NULL ORDER BY path")
        .all() as SeedRow[];
      return rows.map(seedRowToRecord);
    },
    async clear() {
      ops.write(() => {
        const ids = db.prepare("SELECT id FROM articles WHERE origin = 'seed'").all() as {
          id: string;
        }[];
        for (const { id } of ids) ops.removeOne(id);
        db.prepare("DELETE FROM seed_files").run();
      });
    },
    async folderStamp(root) {
      const row = db.prepare("SELECT value FROM meta WHERE key = ?").get(`folder:${root}`) as
        | { value: string }
        | undefined;
      return row ? Number(row.value) : null;
    },
    async stampFolder(root, mtimeMs) {
      db.prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(`folder:${root}`, String(mtimeMs));
    },
    async markImported(at) {
      db.prepare(
        "INSERT INTO meta (key, value) VALUES ('last_import_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(String(at));
    },
  };
}
