import { randomUUID } from "node:crypto";
import pg from "pg";
import type {
  ArticleIndex,
  Grant,
  IndexChange,
  IndexChangeListener,
  IndexedArticle,
  IndexHit,
  IndexStatus,
  Viewer,
} from "../articles/index-port.js";
import { DEFAULT_GRANTS, grantKey, parseGrantKey, viewerKeys } from "../articles/index-port.js";
import { normalizeSource } from "../articles/query.js";
import type { Article } from "../articles/types.js";
import { normalizeUrl } from "../articles/url.js";
import type { Logger } from "../logger.js";
import { writeArticles } from "./postgres-batch.js";
import { finishInterruptedBulkLoad } from "./postgres-bulk.js";
import { migrate } from "./postgres-schema.js";
import { createPostgresSearch } from "./postgres-search.js";
import { createPostgresSeedLedger } from "./postgres-seeds.js";
import { createPostgresStoredReader } from "./postgres-stored.js";
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
import { prefixed } from "./sqlite-sql.js";

export type Queryable = pg.Pool | pg.PoolClient;

/** Appends the viewer's grant keys to `params`; the SQL keeps only articles they may see. */
export function visiblePg(viewer: Viewer | undefined, params: unknown[]): string {
  const keys = viewerKeys(viewer);
  if (!keys) return "";
  params.push(keys);
  return ` AND EXISTS (SELECT 1 FROM grants g WHERE g.article_id = a.id AND g.grant_key = ANY($${params.length}))`;
}

const CHANNEL = "newsdesk_articles";
const NEWEST = "ORDER BY a.date DESC, a.added_at DESC, a.id";

export interface PostgresIndexOptions {
  connectionString: string;
  logger: Logger;
  /** Connections in the pool (default 5). */
  poolSize?: number;
}

/** The PostgreSQL article index: tsvector/GIN search, trigram autocomplete, LISTEN/NOTIFY. */
export async function createPostgresIndex(options: PostgresIndexOptions): Promise<ArticleIndex> {
  const { logger } = options;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 5,
    // Autocomplete's typo matching (`<%`, word similarity): one letter wrong or swapped in a word.
    options: "-c pg_trgm.word_similarity_threshold=0.45",
  });
  const leases = new Set<() => Promise<void>>();
  pool.on("error", (error) => logger.warn({ err: error }, "PostgreSQL connection failed"));
  await finishInterruptedBulkLoad(pool, logger);
  await migrate(pool);
  const me = randomUUID();
  const listeners = new Set<IndexChangeListener>();
  let closed = false;
  const emit = (change: IndexChange) => {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        logger.error({ err: error, change }, "article index listener failed");
      }
    }
  };

  // Other processes' writes arrive by NOTIFY; this process's own are reported at commit.
  const listener = new pg.Client({ connectionString: options.connectionString });
  listener.on("error", (error) => logger.warn({ err: error }, "PostgreSQL LISTEN failed"));
  listener.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const [from, kind, ...rest] = message.payload.split(" ");
    if (from === me) return;
    const id = rest.join(" ");
    if (kind === "removed") emit({ kind: "removed", id, article: undefined });
    else if (kind === "added" || kind === "changed") emit({ kind, id });
  });
  await listener.connect();
  await listener.query(`LISTEN ${CHANNEL}`);

  /** Runs `work` in one transaction; reports its changes once committed. */
  const transaction = async <T>(
    work: (client: pg.PoolClient, changes: IndexChange[]) => Promise<T>,
  ): Promise<T> => {
    const client = await pool.connect();
    const changes: IndexChange[] = [];
    try {
      await client.query("BEGIN");
      const result = await work(client, changes);
      if (changes.length > 0) {
        // One statement for every change of the transaction (a batch has a thousand).
        await client.query("SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload", [
          CHANNEL,
          changes.map((change) => `${me} ${change.kind} ${change.id}`),
        ]);
      }
      await client.query("COMMIT");
      for (const change of changes) emit(change);
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  const removeOne = async (client: pg.PoolClient, id: string, changes: IndexChange[]) => {
    const { rows } = await client.query<ArticleRow>(
      `DELETE FROM articles WHERE id = $1 RETURNING ${ARTICLE_COLUMNS}`,
      [id],
    );
    if (!rows[0]) return false;
    changes.push({ kind: "removed", id, article: rowToArticle(rows[0]) });
    return true;
  };

  const writeOne = async (
    client: pg.PoolClient,
    entry: IndexedArticle,
    grants: readonly Grant[] | undefined,
    changes: IndexChange[],
  ) => {
    const id = entry.article.id;
    const { rows } = await client.query<{ scope: string; content_hash: string }>(
      "SELECT scope, content_hash FROM articles WHERE id = $1 FOR UPDATE",
      [id],
    );
    const existing = rows[0];
    const scope = grants?.[0] ? grantKey(grants[0]) : (existing?.scope ?? "all");
    const values = articleValues(entry, scope);
    const clash = await client.query<{ id: string }>(
      "SELECT id FROM articles WHERE url_key = $1 AND scope = $2 AND id <> $3",
      [values[2], scope, id],
    );
    for (const row of clash.rows) await removeOne(client, row.id, changes);
    if (existing) {
      await client.query(
        `UPDATE articles SET ${WRITE_COLUMNS.slice(1)
          .map((column, i) => `${column} = $${i + 2}`)
          .join(", ")} WHERE id = $1`,
        values,
      );
      if (existing.content_hash !== entry.contentHash) changes.push({ kind: "changed", id });
    } else {
      await client.query(
        `INSERT INTO articles (${WRITE_COLUMNS.join(", ")}) VALUES (${WRITE_COLUMNS.map((_c, i) => `$${i + 1}`).join(", ")})`,
        values,
      );
      changes.push({ kind: "added", id });
    }
    if (grants || !existing) {
      await client.query("DELETE FROM grants WHERE article_id = $1", [id]);
      for (const grant of grants ?? DEFAULT_GRANTS) {
        await client.query(
          "INSERT INTO grants (article_id, grant_key) VALUES ($1, $2) ON CONFLICT DO NOTHING",
          [id, grantKey(grant)],
        );
      }
    }
  };

  const one = async (sql: string, params: unknown[]) => {
    const { rows } = await pool.query<ArticleRow>(sql, params);
    return rows[0] ? rowToArticle(rows[0]) : undefined;
  };
  const search = createPostgresSearch(pool);
  const seeds = createPostgresSeedLedger(pool, { transaction, writeOne });
  const stored = createPostgresStoredReader(pool);

  const index: ArticleIndex = {
    engine: "postgres",
    seeds,
    async upsert(entry, upsertOptions = {}) {
      await transaction((client, changes) =>
        writeOne(client, entry, upsertOptions.grants, changes),
      );
    },
    async upsertMany(entries, upsertOptions = {}) {
      await transaction(async (client, changes) => {
        await writeArticles(client, entries, upsertOptions.grants, changes, writeOne);
      });
    },
    remove: (id) => transaction((client, changes) => removeOne(client, id, changes)),
    get(id, viewer) {
      const params: unknown[] = [id];
      return one(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1${visiblePg(viewer, params)}`,
        params,
      );
    },
    async getByIdKey(key, viewer) {
      const params: unknown[] = [key];
      const { rows } = await pool.query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id_key = $1${visiblePg(viewer, params)}`,
        params,
      );
      return rows.length === 1 ? rowToArticle(rows[0]!) : undefined;
    },
    async getByUrl(url, viewer) {
      let key: string;
      try {
        key = normalizeUrl(url.trim());
      } catch {
        return undefined;
      }
      const params: unknown[] = [key];
      return one(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.url_key = $1${visiblePg(viewer, params)}
         ORDER BY CASE WHEN a.scope = 'all' THEN 0 WHEN a.scope LIKE 'guild:%' THEN 1 ELSE 2 END LIMIT 1`,
        params,
      );
    },
    latest(viewer) {
      const params: unknown[] = [];
      return one(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE true${visiblePg(viewer, params)} ${NEWEST} LIMIT 1`,
        params,
      );
    },
    async list(filter = {}) {
      const params: unknown[] = [];
      let where = "";
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where += ` AND ${sql.replace("?", `$${params.length}`)}`;
      };
      if (filter.since) add("a.date >= ?", filter.since);
      if (filter.until) add("a.date <= ?", filter.until);
      if (filter.source !== undefined && filter.source.trim() !== "") {
        add("a.source = ?", normalizeSource(filter.source));
      }
      if (filter.origin) add("a.origin = ?", filter.origin);
      if (filter.after) {
        const { date, addedAt, id } = filter.after;
        params.push(date, addedAt, id);
        const [d, t, i] = [params.length - 2, params.length - 1, params.length];
        // `a.date <= $d` first: a range on the index's leading column, so each page is an index
        // scan from the cursor instead of a sort of every row.
        where += ` AND a.date <= $${d} AND (a.date < $${d} OR a.added_at < $${t} OR (a.added_at = $${t} AND a.id > $${i}))`;
      }
      where += visiblePg(filter.viewer, params);
      params.push(filter.limit === undefined ? null : Math.max(0, filter.limit));
      params.push(Math.max(0, filter.offset ?? 0));
      const { rows } = await pool.query<HeaderRow>(
        `SELECT ${prefixed(HEADER_COLUMNS)} FROM articles a WHERE true${where} ${NEWEST} LIMIT $${params.length - 1} OFFSET $${params.length}`,
        params,
      );
      return rows.map(rowToHeader);
    },
    async listAdded(after, until, viewer) {
      const params: unknown[] = [after.addedAt, after.id];
      let bound = "";
      if (until) {
        params.push(until.addedAt, until.id);
        bound = " AND (a.added_at, a.id) <= ($3, $4)";
      }
      const visible = visiblePg(viewer, params);
      const { rows } = await pool.query<ArticleRow>(
        `SELECT ${prefixed(ARTICLE_COLUMNS)} FROM articles a WHERE (a.added_at, a.id) > ($1, $2)${bound}${visible} ORDER BY a.added_at, a.id`,
        params,
      );
      return rows.map(rowToArticle);
    },
    async search(query, searchOptions = {}): Promise<IndexHit[]> {
      return search.search(query, searchOptions.limit ?? 20, searchOptions.viewer);
    },
    async suggest(query, suggestOptions = {}): Promise<IndexHit[]> {
      return search.suggest(query, suggestOptions.limit ?? 25, suggestOptions.viewer);
    },
    async count(viewer) {
      const params: unknown[] = [];
      const { rows } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM articles a WHERE true${visiblePg(viewer, params)}`,
        params,
      );
      return Number(rows[0]?.n ?? 0);
    },
    async grant(id, grant) {
      await transaction(async (client, changes) => {
        const result = await client.query(
          "INSERT INTO grants (article_id, grant_key) SELECT id, $2 FROM articles WHERE id = $1 ON CONFLICT DO NOTHING",
          [id, grantKey(grant)],
        );
        if ((result.rowCount ?? 0) > 0) changes.push({ kind: "changed", id });
      });
    },
    async revoke(id, grant) {
      await transaction(async (client, changes) => {
        const result = await client.query(
          "DELETE FROM grants WHERE article_id = $1 AND grant_key = $2",
          [id, grantKey(grant)],
        );
        if ((result.rowCount ?? 0) > 0) changes.push({ kind: "changed", id });
      });
    },
    async grantsOf(id) {
      const { rows } = await pool.query<{ grant_key: string }>(
        "SELECT grant_key FROM grants WHERE article_id = $1 ORDER BY grant_key",
        [id],
      );
      return rows
        .map((row) => parseGrantKey(row.grant_key))
        .filter((g): g is Grant => g !== undefined);
    },
    listUnfiled: (after, limit) => stored.listUnfiled(after, limit),
    storedOf: (ids) => stored.storedOf(ids),
    storedAt: (urls) => stored.storedAt(urls),
    onChange(next) {
      listeners.add(next);
      return () => listeners.delete(next);
    },
    async tryLock(name) {
      // A session-level advisory lock on a connection of its own, held until released.
      const client = await pool.connect();
      const { rows } = await client.query<{ ok: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext($1)) AS ok",
        [`newsdesk:${name}`],
      );
      if (!rows[0]?.ok) {
        client.release();
        return null;
      }
      let held = true;
      const lost = () => {
        held = false;
      };
      client.on("error", lost);
      const release = async () => {
        if (!held) return;
        held = false;
        leases.delete(release);
        client.off("error", lost);
        await client
          .query("SELECT pg_advisory_unlock(hashtext($1))", [`newsdesk:${name}`])
          .catch(() => {});
        client.release();
      };
      leases.add(release);
      return { held: () => held && !closed, release };
    },
    async status(): Promise<IndexStatus> {
      const byOrigin: Record<string, number> = {};
      let articles = 0;
      const { rows } = await pool.query<{ origin: string; n: string }>(
        "SELECT origin, count(*) AS n FROM articles GROUP BY origin",
      );
      for (const row of rows) {
        byOrigin[row.origin] = Number(row.n);
        articles += Number(row.n);
      }
      const files = await pool.query<{ n: string; bad: string }>(
        "SELECT count(*) AS n, count(problem) AS bad FROM seed_files",
      );
      const imported = await pool.query<{ value: string }>(
        "SELECT value FROM meta WHERE key = 'last_import_at'",
      );
      return {
        engine: "postgres",
        location: "postgres",
        articles,
        byOrigin,
        seedFiles: Number(files.rows[0]?.n ?? 0),
        problems: Number(files.rows[0]?.bad ?? 0),
        lastImportAt: imported.rows[0] ? Number(imported.rows[0].value) : null,
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      for (const release of [...leases]) await release();
      await listener.end().catch(() => {});
      await pool.end();
    },
  };
  return index;
}

export type { Article };
