import type {
  AddedCursor,
  ArticleIndex,
  Grant,
  IndexChange,
  IndexChangeListener,
  IndexedArticle,
  IndexFilter,
  IndexHit,
  IndexLease,
  IndexStatus,
  Viewer,
} from "../articles/index-port.js";
import { DEFAULT_GRANTS, grantKey, parseGrantKey } from "../articles/index-port.js";
import { normalizeSource } from "../articles/query.js";
import type { Article, ArticleHeader } from "../articles/types.js";
import { normalizeUrl } from "../articles/url.js";
import type { Logger } from "../logger.js";
import {
  ARTICLE_COLUMNS,
  type ArticleRow,
  articleValues,
  HEADER_COLUMNS,
  type HeaderRow,
  rowToArticle,
  rowToHeader,
  WRITE_COLUMNS,
} from "./rows.js";
import { createKeptArticles, keeperOf, keptFolderOf } from "./sqlite-kept.js";
import { takeSqliteLease } from "./sqlite-lease.js";
import { openSqliteFile } from "./sqlite-schema.js";
import { createSqliteSearch } from "./sqlite-search.js";
import { createSqliteSeedLedger } from "./sqlite-seeds.js";
import { prefixed, visibleSql } from "./sqlite-sql.js";
import { createSqliteStoredReader } from "./sqlite-stored.js";

export interface SqliteIndexOptions {
  /** The index file, or ":memory:". */
  file: string;
  logger: Logger;
  /** How often other processes' writes are looked for (default 1000 ms; 0: never). */
  pollMs?: number;
  now?: () => number;
}

const NEWEST = "ORDER BY a.date DESC, a.added_at DESC, a.id";
const CHANGE_LOG_KEEP = 20_000;

/** The SQLite article index (better-sqlite3: synchronous, in-process, WAL for readers). */
export async function createSqliteIndex(options: SqliteIndexOptions): Promise<ArticleIndex> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const db = await openSqliteFile(options.file, { logger, now });
  const listeners = new Set<IndexChangeListener>();
  /** Snapshots of articles this process removed, for the "removed" event. */
  const removedHere = new Map<string, Article>();
  let lastSeq = (
    db.prepare("SELECT coalesce(max(seq), 0) AS seq FROM changes").get() as {
      seq: number;
    }
  ).seq;
  let dataVersion = db.pragma("data_version", { simple: true }) as number;
  let closed = false;

  const statements = {
    getRow: db.prepare(`SELECT ${ARTICLE_COLUMNS}, scope FROM articles WHERE id = ?`),
    byKey: db.prepare("SELECT id, scope FROM articles WHERE url_key = ? AND scope = ?"),
    scopeOf: db.prepare("SELECT scope, content_hash FROM articles WHERE id = ?"),
    insert: db.prepare(
      `INSERT INTO articles (${WRITE_COLUMNS.join(", ")}) VALUES (${WRITE_COLUMNS.map(() => "?").join(", ")})`,
    ),
    update: db.prepare(
      `UPDATE articles SET ${WRITE_COLUMNS.slice(1)
        .map((column) => `${column} = ?`)
        .join(", ")} WHERE id = ?`,
    ),
    delete: db.prepare("DELETE FROM articles WHERE id = ?"),
    addGrant: db.prepare("INSERT OR IGNORE INTO grants (article_id, grant_key) VALUES (?, ?)"),
    dropGrant: db.prepare("DELETE FROM grants WHERE article_id = ? AND grant_key = ?"),
    dropGrants: db.prepare("DELETE FROM grants WHERE article_id = ?"),
    grants: db.prepare("SELECT grant_key FROM grants WHERE article_id = ? ORDER BY grant_key"),
    logChange: db.prepare("INSERT INTO changes (kind, article_id) VALUES (?, ?)"),
    changesAfter: db.prepare(
      "SELECT seq, kind, article_id FROM changes WHERE seq > ? ORDER BY seq LIMIT 5000",
    ),
    trimChanges: db.prepare("DELETE FROM changes WHERE seq <= ?"),
    originOf: db.prepare("SELECT origin FROM articles WHERE id = ?").pluck(),
  };
  const kept =
    options.file === ":memory:"
      ? undefined
      : createKeptArticles(keptFolderOf(options.file), logger);
  /** Records the article as it now is (with its grants) for the copy kept beside the file. */
  const keep = kept ? keeperOf(db, kept) : () => {};

  const readRow = (id: string) =>
    statements.getRow.get(id) as (ArticleRow & { scope: string }) | undefined;

  /** Writes one article; returns the change to report, if any. */
  const writeOne = (entry: IndexedArticle, grants: readonly Grant[] | undefined): void => {
    const id = entry.article.id;
    const existing = statements.scopeOf.get(id) as
      | { scope: string; content_hash: string }
      | undefined;
    const scope = grants?.[0] ? grantKey(grants[0]) : (existing?.scope ?? "all");
    const values = articleValues(entry, scope);
    const urlKey = values[2] as string;
    const clash = statements.byKey.get(urlKey, scope) as { id: string } | undefined;
    if (clash && clash.id !== id) removeOne(clash.id);
    if (existing) {
      statements.update.run(...values.slice(1), id);
      if (existing.content_hash !== entry.contentHash) statements.logChange.run("changed", id);
    } else {
      statements.insert.run(...values);
      statements.logChange.run("added", id);
    }
    if (grants || !existing) {
      statements.dropGrants.run(id);
      for (const grant of grants ?? DEFAULT_GRANTS) statements.addGrant.run(id, grantKey(grant));
    }
    if (entry.article.origin !== "seed") keep(id);
  };

  const removeOne = (id: string): boolean => {
    if (kept && statements.originOf.get(id) !== "seed") kept.removed(id);
    const row = listeners.size > 0 ? readRow(id) : undefined;
    const result = statements.delete.run(id);
    if (result.changes === 0) return false;
    if (row) removedHere.set(id, rowToArticle(row));
    statements.logChange.run("removed", id);
    return true;
  };

  /** Reports every change logged since the last look (this process's and others'). */
  const pump = (): void => {
    if (closed) return;
    for (;;) {
      const rows = statements.changesAfter.all(lastSeq) as {
        seq: number;
        kind: IndexChange["kind"];
        article_id: string;
      }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        lastSeq = row.seq;
        const change: IndexChange =
          row.kind === "removed"
            ? { kind: "removed", id: row.article_id, article: removedHere.get(row.article_id) }
            : { kind: row.kind, id: row.article_id };
        removedHere.delete(row.article_id);
        for (const listener of listeners) {
          try {
            listener(change);
          } catch (error) {
            logger.error({ err: error, change }, "article index listener failed");
          }
        }
      }
    }
    removedHere.clear();
    if (lastSeq % 1000 === 0 && lastSeq > CHANGE_LOG_KEEP) {
      statements.trimChanges.run(lastSeq - CHANGE_LOG_KEEP);
    }
  };

  const write = <T>(run: () => T): T => {
    let result: T;
    try {
      result = db.transaction(run)();
    } catch (error) {
      kept?.discard();
      throw error;
    }
    kept?.flush();
    pump();
    dataVersion = db.pragma("data_version", { simple: true }) as number;
    return result;
  };

  const poll =
    (options.pollMs ?? 1000) > 0
      ? setInterval(() => {
          if (closed || listeners.size === 0) return;
          try {
            const version = db.pragma("data_version", { simple: true }) as number;
            if (version !== dataVersion) {
              dataVersion = version;
              pump();
            }
          } catch (error) {
            logger.warn({ err: error }, "looking for changes in the article index failed");
          }
        }, options.pollMs ?? 1000)
      : undefined;
  poll?.unref();

  const search = createSqliteSearch(db);
  const seeds = createSqliteSeedLedger(db, { write, writeOne, removeOne });
  const stored = createSqliteStoredReader(db);

  const listSql = (filter: IndexFilter) => {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.since) {
      where.push("a.date >= ?");
      params.push(filter.since);
    }
    if (filter.until) {
      where.push("a.date <= ?");
      params.push(filter.until);
    }
    if (filter.source !== undefined && filter.source.trim() !== "") {
      where.push("a.source = ?");
      params.push(normalizeSource(filter.source));
    }
    if (filter.origin) {
      where.push("a.origin = ?");
      params.push(filter.origin);
    }
    if (filter.after) {
      const { date, addedAt, id } = filter.after;
      where.push("a.date <= ? AND (a.date < ? OR a.added_at < ? OR (a.added_at = ? AND a.id > ?))");
      params.push(date, date, addedAt, addedAt, id);
    }
    const visible = visibleSql(filter.viewer);
    params.push(...visible.params);
    const limit = filter.limit === undefined ? -1 : Math.max(0, filter.limit);
    params.push(limit, Math.max(0, filter.offset ?? 0));
    return {
      sql: `FROM articles a WHERE 1 = 1${where.map((w) => ` AND ${w}`).join("")}${visible.sql} ${NEWEST} LIMIT ? OFFSET ?`,
      params,
    };
  };

  // Feed items and fetched pages the file lost (moved aside as corrupt, a new schema): put back.
  const lost = kept?.missing((id) => statements.scopeOf.get(id) !== undefined) ?? [];
  if (lost.length > 0) {
    write(() => {
      for (const { entry, grants } of lost) writeOne(entry, grants);
    });
    logger.warn(
      { count: lost.length, folder: keptFolderOf(options.file) },
      "put back the feed items and fetched pages kept beside the article index",
    );
  }

  const index: ArticleIndex = {
    engine: "sqlite",
    seeds,
    async upsert(entry, upsertOptions = {}) {
      write(() => writeOne(entry, upsertOptions.grants));
    },
    async upsertMany(entries, upsertOptions = {}) {
      write(() => {
        for (const entry of entries) writeOne(entry, upsertOptions.grants);
      });
    },
    async remove(id) {
      return write(() => removeOne(id));
    },
    async get(id, viewer) {
      const visible = visibleSql(viewer);
      const row = db
        .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?${visible.sql}`)
        .get(id, ...visible.params) as ArticleRow | undefined;
      return row ? rowToArticle(row) : undefined;
    },
    async getByIdKey(key, viewer) {
      const visible = visibleSql(viewer);
      const rows = db
        .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id_key = ?${visible.sql}`)
        .all(key, ...visible.params) as ArticleRow[];
      // 22 characters of SHA-256: two ids sharing one is not expected; if it happens, none wins.
      return rows.length === 1 ? rowToArticle(rows[0]!) : undefined;
    },
    async getByUrl(url, viewer) {
      let key: string;
      try {
        key = normalizeUrl(url.trim());
      } catch {
        return undefined;
      }
      const visible = visibleSql(viewer);
      const rows = db
        .prepare(
          `SELECT ${ARTICLE_COLUMNS}, scope FROM articles a WHERE a.url_key = ?${visible.sql}`,
        )
        .all(key, ...visible.params) as (ArticleRow & { scope: string })[];
      rows.sort((x, y) => scopeOrder(x.scope) - scopeOrder(y.scope));
      return rows[0] ? rowToArticle(rows[0]) : undefined;
    },
    async latest(viewer) {
      const visible = visibleSql(viewer);
      const row = db
        .prepare(
          `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE 1 = 1${visible.sql} ${NEWEST} LIMIT 1`,
        )
        .get(...visible.params) as ArticleRow | undefined;
      return row ? rowToArticle(row) : undefined;
    },
    async list(filter = {}): Promise<ArticleHeader[]> {
      const { sql, params } = listSql(filter);
      const rows = db
        .prepare(`SELECT ${prefixed(HEADER_COLUMNS)} ${sql}`)
        .all(...params) as HeaderRow[];
      return rows.map(rowToHeader);
    },
    async listAdded(after: AddedCursor, until?: AddedCursor, viewer?: Viewer) {
      const visible = visibleSql(viewer);
      const params: unknown[] = [after.addedAt, after.addedAt, after.id];
      let bound = "";
      if (until) {
        bound = " AND (a.added_at < ? OR (a.added_at = ? AND a.id <= ?))";
        params.push(until.addedAt, until.addedAt, until.id);
      }
      const rows = db
        .prepare(
          `SELECT ${prefixed(ARTICLE_COLUMNS)} FROM articles a WHERE (a.added_at > ? OR (a.added_at = ? AND a.id > ?))${bound}${visible.sql} ORDER BY a.added_at, a.id`,
        )
        .all(...params, ...visible.params) as ArticleRow[];
      return rows.map(rowToArticle);
    },
    async search(query, searchOptions = {}): Promise<IndexHit[]> {
      return search.search(query, searchOptions.limit ?? 20, searchOptions.viewer);
    },
    async suggest(query, suggestOptions = {}): Promise<IndexHit[]> {
      return search.suggest(query, suggestOptions.limit ?? 25, suggestOptions.viewer);
    },
    async count(viewer) {
      const visible = visibleSql(viewer);
      const row = db
        .prepare(`SELECT count(*) AS n FROM articles a WHERE 1 = 1${visible.sql}`)
        .get(...visible.params) as { n: number };
      return row.n;
    },
    async grant(id, grant) {
      write(() => {
        if (statements.addGrant.run(id, grantKey(grant)).changes > 0) {
          statements.logChange.run("changed", id);
          keep(id);
        }
      });
    },
    async revoke(id, grant) {
      write(() => {
        if (statements.dropGrant.run(id, grantKey(grant)).changes > 0) {
          statements.logChange.run("changed", id);
          keep(id);
        }
      });
    },
    async grantsOf(id) {
      const rows = statements.grants.all(id) as { grant_key: string }[];
      return rows.map((row) => parseGrantKey(row.grant_key)).filter((g) => g !== undefined);
    },
    async listUnfiled(after, limit) {
      return stored.listUnfiled(after, limit);
    },
    async storedOf(ids) {
      return stored.storedOf(ids);
    },
    async storedAt(urls) {
      return stored.storedAt(urls);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async tryLock(name, ttlMs = 30_000): Promise<IndexLease | null> {
      return takeSqliteLease(db, name, ttlMs, { now, isClosed: () => closed });
    },
    async status(): Promise<IndexStatus> {
      const byOrigin: Record<string, number> = {};
      const rows = db
        .prepare("SELECT origin, count(*) AS n FROM articles GROUP BY origin")
        .all() as { origin: string; n: number }[];
      let articles = 0;
      for (const row of rows) {
        byOrigin[row.origin] = row.n;
        articles += row.n;
      }
      const files = db
        .prepare("SELECT count(*) AS n, count(problem) AS bad FROM seed_files")
        .get() as { n: number; bad: number };
      const imported = db.prepare("SELECT value FROM meta WHERE key = 'last_import_at'").get() as
        | { value: string }
        | undefined;
      return {
        engine: "sqlite",
        location: options.file,
        articles,
        byOrigin,
        seedFiles: files.n,
        problems: files.bad,
        lastImportAt: imported ? Number(imported.value) : null,
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      if (poll) clearInterval(poll);
      listeners.clear();
      db.close();
    },
  };
  return index;
}

function scopeOrder(scope: string): number {
  if (scope === "all") return 0;
  return scope.startsWith("guild:") ? 1 : 2;
}
