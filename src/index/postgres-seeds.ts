import type pg from "pg";
import type {
  Grant,
  IndexChange,
  SeedBatch,
  SeedFileRecord,
  SeedLedger,
} from "../articles/index-port.js";
import { type ClaimFilter, createClaimFilter } from "./claim-filter.js";
import { removeArticles, type WriteOne, writeArticles, writeRecords } from "./postgres-batch.js";
import { beginBulkLoad, endBulkLoad } from "./postgres-bulk.js";
import { seedRowToRecord } from "./sqlite-seeds.js";

const SEED_GRANTS: readonly Grant[] = [{ kind: "all" }];
/**
 * Article text per seed batch at most (`SeedLedger.batchChars`): about 140 articles of 3.5 KB.
 * The next batch is cleaned while one commits, so two are held at once. Peak RSS of a first
 * import of 30,000 generated articles (same CPU for each): batches of 1,000 articles 350 MB,
 * of 1 M characters 233 MB, of 500,000 characters 193 MB.
 */
const BATCH_CHARS = 500_000;

type Row = Parameters<typeof seedRowToRecord>[0];

/** The seed-file ledger in PostgreSQL, written in the index's transactions. */
export function createPostgresSeedLedger(
  pool: pg.Pool,
  ops: {
    transaction: <T>(
      work: (client: pg.PoolClient, changes: IndexChange[]) => Promise<T>,
    ) => Promise<T>;
    writeOne: WriteOne;
  },
): SeedLedger {
  /**
   * During a bulk load into an empty ledger: what its records claim (see `ClaimFilter`), so that
   * the importer's lookup per new file is answered here when nothing can match.
   */
  let bulk: { urls: ClaimFilter; ids: ClaimFilter } | null = null;
  /**
   * The batch being written, if any. The importer cleans the next batch while this one commits
   * (`apply` is not awaited at once), so every read of the ledger first waits for it: a read sees
   * every batch applied before it, as if each `apply` had been awaited. Batches are written one
   * after the other, in the order of the calls.
   */
  let writing: Promise<void> = Promise.resolve();
  const written = () => writing.catch(() => {});
  const many = async (sql: string, params: unknown[]): Promise<SeedFileRecord[]> => {
    await written();
    return (await pool.query<Row>(sql, params)).rows.map(seedRowToRecord);
  };
  const write = async (batch: SeedBatch) => {
    await ops.transaction(async (client, changes) => {
      // The commit need not wait for the WAL to reach the disk: a crash may lose the last
      // batches, whole (their ledger rows with them), and the next import redoes them. The
      // folder's stamp and `markImported` commit as usual, after them, which flushes them too.
      await client.query("SET LOCAL synchronous_commit = off");
      await removeArticles(client, batch.removedArticles, changes);
      if (batch.removedPaths.length > 0) {
        await client.query("DELETE FROM seed_files WHERE path = ANY($1::text[])", [
          batch.removedPaths,
        ]);
      }
      await writeArticles(client, batch.articles, SEED_GRANTS, changes, ops.writeOne);
      await writeRecords(client, batch.records);
    });
  };
  return {
    batchChars: BATCH_CHARS,
    async beginBulk() {
      await written();
      const { rows } = await pool.query<{ empty: boolean }>(
        "SELECT NOT EXISTS (SELECT 1 FROM seed_files) AS empty",
      );
      bulk = rows[0]?.empty ? { urls: createClaimFilter(), ids: createClaimFilter() } : null;
      await beginBulkLoad(pool);
    },
    async endBulk() {
      await written();
      bulk = null;
      await endBulkLoad(pool);
    },
    list: (root) =>
      many('SELECT * FROM seed_files WHERE starts_with(path, $1) ORDER BY path COLLATE "C"', [
        root,
      ]),
    // (sqliteimport helper: the importer pages through a folder's ledger.)
    listPage: (root, after, limit) =>
      many(
        'SELECT * FROM seed_files WHERE starts_with(path, $1) AND path COLLATE "C" >= $1 AND path COLLATE "C" > $2 ORDER BY path COLLATE "C" LIMIT $3',
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
    async claimsOf(urlKey) {
      if (bulk && !bulk.urls.mayHave(urlKey)) return [];
      return many('SELECT * FROM seed_files WHERE url_key = $1 ORDER BY path COLLATE "C"', [
        urlKey,
      ]);
    },
    async holdersOf(articleId) {
      if (bulk && !bulk.ids.mayHave(articleId)) return [];
      return many('SELECT * FROM seed_files WHERE article_id = $1 ORDER BY path COLLATE "C"', [
        articleId,
      ]);
    },
    problems: () =>
      many('SELECT * FROM seed_files WHERE problem IS NOT NULL ORDER BY path COLLATE "C"', []),
    apply(batch) {
      // Known at once (a read's "surely not" must count the batch being written).
      for (const record of bulk ? batch.records : []) {
        if (record.urlKey !== null) bulk?.urls.add(record.urlKey);
        if (record.articleId !== null) bulk?.ids.add(record.articleId);
      }
      const previous = written();
      writing = previous.then(() => write(batch));
      return writing;
    },
    async clear() {
      await written();
      await ops.transaction(async (client, changes) => {
        // One statement, and ids only: a rebuild of 100,000 articles would otherwise hold every
        // one of them in memory until the commit. Listeners get what other processes get.
        const { rows } = await client.query<{ id: string }>(
          "DELETE FROM articles WHERE origin = 'seed' RETURNING id",
        );
        for (const { id } of rows) changes.push({ kind: "removed", id, article: undefined });
        await client.query("DELETE FROM seed_files");
      });
    },
    async folderStamp(root) {
      await written();
      const { rows } = await pool.query<{ value: string }>(
        "SELECT value FROM meta WHERE key = $1",
        [`folder:${root}`],
      );
      return rows[0] ? Number(rows[0].value) : null;
    },
    async stampFolder(root, mtimeMs) {
      await written();
      await pool.query(
        "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [`folder:${root}`, String(mtimeMs)],
      );
    },
    async markImported(at) {
      await written();
      await pool.query(
        "INSERT INTO meta (key, value) VALUES ('last_import_at', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [String(at)],
      );
    },
  };
}
