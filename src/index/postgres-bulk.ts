import type pg from "pg";
import type { Logger } from "../logger.js";

/**
 * The bulk load of the PostgreSQL index (a folder's first import, `SeedLedger.beginBulk`): the
 * secondary indexes (full-text GIN and reader-only B-trees) are dropped while the rows go in and
 * built once at the end. Measured on 10,000 generated articles: GIN row by row 0.8 server CPU s
 * against 0.3 s built once; the B-trees 0.4 s against 0.1 s. Their definitions (as `pg_indexes`
 * has them) are saved in `meta` in the transaction that drops them; `endBulk`, or the next open
 * after a crash, creates them again and deletes the row in one transaction. Answers stay correct
 * meanwhile (the generated `tsvector` columns are still written), only slower: sequential scans.
 * Autovacuum is off for the tables written meanwhile (on again, and one ANALYZE, at the end).
 */

/**
 * The indexes dropped during a bulk load: named here, nothing else is touched. The full-text GIN
 * indexes, and the B-trees that only readers use; kept are the primary key and the unique
 * (url_key, scope) the writes look up.
 */
export const BULK_INDEXES: readonly string[] = [
  "articles_search",
  "articles_title_words",
  "articles_title_trgm",
  "articles_newest",
  "articles_newest_titles",
  "articles_added",
  "articles_source",
  "articles_id_lower",
  "articles_stem",
  "articles_url_key",
  "articles_origin",
  "articles_id_key",
];

const PENDING_KEY = "bulk_indexes";
/** Tables written by a bulk load: autovacuum waits until its end, then one ANALYZE. */
const BULK_TABLES = ["articles", "grants", "seed_files"] as const;
/** The advisory lock the seed importer's lease takes (`tryLock("seed-import")`). */
const IMPORT_LOCK = "newsdesk:seed-import";

async function pendingDefinitions(client: pg.PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = $1", [
    PENDING_KEY,
  ]);
  return rows[0] ? (JSON.parse(rows[0].value) as string[]) : [];
}

/** Drops the full-text indexes, recording how to build them again. */
export async function beginBulkLoad(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ indexdef: string; indexname: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY($1::text[])",
      [BULK_INDEXES],
    );
    // A load cut short earlier (its indexes not built yet) keeps its definitions.
    const definitions = [
      ...new Set([...(await pendingDefinitions(client)), ...rows.map((row) => row.indexdef)]),
    ];
    await client.query(
      "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      [PENDING_KEY, JSON.stringify(definitions)],
    );
    for (const { indexname } of rows) await client.query(`DROP INDEX "${indexname}"`);
    // Autovacuum would otherwise vacuum and analyze the growing tables again and again (a
    // vacuum once inserts pass 20 % of the table, an ANALYZE of the tsvector column past 10 %).
    for (const table of BULK_TABLES) {
      await client.query(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Builds the indexes a bulk load dropped, if any, and forgets them: one transaction. */
export async function endBulkLoad(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const definitions = await pendingDefinitions(client);
    // Building a GIN index sorts its entries in this much memory before spilling to disk. At
    // 30,000 generated articles the builds took 8.7 server CPU s (13.4 s wall) with 128 MB,
    // 6.1 (8.2) with 256 MB, 6.3 (6.9) with 512 MB: one build at a time, once per first import.
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const definition of definitions) {
      await client.query(
        definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS "),
      );
    }
    for (const table of BULK_TABLES) {
      await client.query(`ALTER TABLE ${table} RESET (autovacuum_enabled)`);
    }
    await client.query("DELETE FROM meta WHERE key = $1", [PENDING_KEY]);
    await client.query("COMMIT");
    // Statistics for the planner at once (autovacuum would get to it within a minute or so).
    if (definitions.length > 0) await client.query(`ANALYZE ${BULK_TABLES.join(", ")}`);
    return definitions.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * At open: a bulk load whose process died left its indexes dropped; builds them again, unless
 * an importer holds the import lock (a load under way: its `endBulk` will). A failure to build
 * them is logged, not thrown: the index serves without them (slower), and the next open retries.
 */
export async function finishInterruptedBulkLoad(pool: pg.Pool, logger: Logger): Promise<void> {
  const { rows: tables } = await pool.query<{ meta: string | null }>(
    "SELECT to_regclass('meta') AS meta",
  );
  if (!tables[0]?.meta) return; // a new database: nothing was ever loaded
  const { rows } = await pool.query("SELECT 1 FROM meta WHERE key = $1", [PENDING_KEY]);
  if (rows.length === 0) return;
  const client = await pool.connect();
  try {
    const { rows: lock } = await client.query<{ ok: boolean }>(
      "SELECT pg_try_advisory_lock(hashtext($1)) AS ok",
      [IMPORT_LOCK],
    );
    if (!lock[0]?.ok) return;
    try {
      const built = await endBulkLoad(pool);
      if (built > 0) logger.warn({ indexes: built }, "built the indexes of a bulk load cut short");
    } catch (error) {
      // Answers stay right without them, only slower: serve, and try again at the next open.
      logger.error({ err: error }, "could not build the indexes of a bulk load cut short");
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [IMPORT_LOCK]);
    }
  } finally {
    client.release();
  }
}
