import type pg from "pg";
import type {
  Grant,
  IndexChange,
  IndexedArticle,
  SeedFileRecord,
  SeedLedger,
} from "../articles/index-port.js";
import { seedRowToRecord } from "./sqlite-seeds.js";

const SEED_GRANTS: readonly Grant[] = [{ kind: "all" }];

type Row = Parameters<typeof seedRowToRecord>[0];

/** The seed-file ledger in PostgreSQL, written in the index's transactions. */
export function createPostgresSeedLedger(
  pool: pg.Pool,
  ops: {
    transaction: <T>(
      work: (client: pg.PoolClient, changes: IndexChange[]) => Promise<T>,
    ) => Promise<T>;
    writeOne: (
      client: pg.PoolClient,
      entry: IndexedArticle,
      grants: readonly Grant[] | undefined,
      changes: IndexChange[],
    ) => Promise<void>;
    removeOne: (client: pg.PoolClient, id: string, changes: IndexChange[]) => Promise<boolean>;
  },
): SeedLedger {
  const many = async (sql: string, params: unknown[]): Promise<SeedFileRecord[]> =>
    (await pool.query<Row>(sql, params)).rows.map(seedRowToRecord);
  return {
    // Generated tsvector columns and GIN indexes are kept by PostgreSQL itself, row by row.
    async beginBulk() {},
    async endBulk() {},
    list: (root) =>
      many('SELECT * FROM seed_files WHERE starts_with(path, $1) ORDER BY path COLLATE "C"', [
        root,
      ]),
    // (sqliteimport helper: the importer pages through a folder's ledger.)
    listPage: (root, after, limit) =>
      many(
        'SELECT * FROM seed_files WHERE starts_with(path, $1) AND path COLLATE "C" > $2 ORDER BY path COLLATE "C" LIMIT $3',
        [root, after ?? "", limit],
      ),
    listOutside: (prefixes) =>
      many(
        `SELECT * FROM seed_files WHERE true${prefixes.map((_p, i) => ` AND NOT starts_with(path, $${i + 1})`).join("")} ORDER BY path COLLATE "C"`,
        [...prefixes],
      ),
    async get(path) {
      return (await many("SELECT * FROM seed_files WHERE path = $1", [path]))[0];
    },
    claimsOf: (urlKey) =>
      many('SELECT * FROM seed_files WHERE url_key = $1 ORDER BY path COLLATE "C"', [urlKey]),
    holdersOf: (articleId) =>
      many('SELECT * FROM seed_files WHERE article_id = $1 ORDER BY path COLLATE "C"', [articleId]),
    problems: () =>
      many('SELECT * FROM seed_files WHERE problem IS NOT NULL ORDER BY path COLLATE "C"', []),
    async apply(batch) {
      await ops.transaction(async (client, changes) => {
        for (const id of batch.removedArticles) await ops.removeOne(client, id, changes);
        for (const path of batch.removedPaths) {
          await client.query("DELETE FROM seed_files WHERE path = $1", [path]);
        }
        for (const entry of batch.articles) await ops.writeOne(client, entry, SEED_GRANTS, changes);
        for (const r of batch.records) {
          await client.query(
            `INSERT INTO seed_files (path, size, mtime_ms, content_hash, cleaner_version, article_id, url_key, problem)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
               content_hash = excluded.content_hash, cleaner_version = excluded.cleaner_version,
               article_id = excluded.article_id, url_key = excluded.url_key, problem = excluded.problem`,
            [
              r.path,
              r.size,
              r.mtimeMs,
              r.contentHash,
              r.cleanerVersion,
              r.articleId,
              r.urlKey,
              r.problem,
            ],
          );
        }
      });
    },
    async clear() {
      await ops.transaction(async (client, changes) => {
        const { rows } = await client.query<{ id: string }>(
          "SELECT id FROM articles WHERE origin = 'seed'",
        );
        for (const { id } of rows) await ops.removeOne(client, id, changes);
        await client.query("DELETE FROM seed_files");
      });
    },
    async folderStamp(root) {
      const { rows } = await pool.query<{ value: string }>(
        "SELECT value FROM meta WHERE key = $1",
        [`folder:${root}`],
      );
      return rows[0] ? Number(rows[0].value) : null;
    },
    async stampFolder(root, mtimeMs) {
      await pool.query(
        "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [`folder:${root}`, String(mtimeMs)],
      );
    },
    async markImported(at) {
      await pool.query(
        "INSERT INTO meta (key, value) VALUES ('last_import_at', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [String(at)],
      );
    },
  };
}
