import type pg from "pg";
import type { Grant, IndexChange, IndexedArticle, SeedFileRecord } from "../articles/index-port.js";
import { DEFAULT_GRANTS, grantKey } from "../articles/index-port.js";
import {
  ARTICLE_COLUMNS,
  type ArticleRow,
  articleValues,
  rowToArticle,
  WRITE_COLUMNS,
} from "./rows.js";

/**
 * Batched writes of the PostgreSQL index: a few statements per batch of articles instead of about
 * six round trips per article. Each array parameter is one column (`unnest($1::text[], …)`), so a
 * batch of a thousand articles is one INSERT with twenty parameters. The caller runs these inside
 * one transaction; the semantics are those of writing the articles one after the other.
 */

/** The PostgreSQL type of each column of `WRITE_COLUMNS`, for `unnest`. */
const WRITE_TYPES: Record<(typeof WRITE_COLUMNS)[number], string> = {
  id: "text",
  url: "text",
  url_key: "text",
  url_stem: "text",
  scope: "text",
  date: "text",
  source: "text",
  title: "text",
  text: "text",
  paragraphs: "text",
  word_count: "integer",
  raw_word_count: "integer",
  origin: "text",
  added_at: "bigint",
  byline: "text",
  site_name: "text",
  content_hash: "text",
  cleaner_version: "integer",
  file: "text",
  id_key: "text",
};

const UNNEST_ARTICLES = `unnest(${WRITE_COLUMNS.map((column, i) => `$${i + 1}::${WRITE_TYPES[column]}[]`).join(", ")})`;

const UPSERT_ARTICLES = `INSERT INTO articles (${WRITE_COLUMNS.join(", ")})
  SELECT * FROM ${UNNEST_ARTICLES}
  ON CONFLICT (id) DO UPDATE SET ${WRITE_COLUMNS.slice(1)
    .map((column) => `${column} = excluded.${column}`)
    .join(", ")}`;

const UPSERT_RECORDS = `INSERT INTO seed_files (path, size, mtime_ms, content_hash, cleaner_version, article_id, url_key, problem)
  SELECT * FROM unnest($1::text[], $2::bigint[], $3::double precision[], $4::text[], $5::integer[], $6::text[], $7::text[], $8::text[])
  ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
    content_hash = excluded.content_hash, cleaner_version = excluded.cleaner_version,
    article_id = excluded.article_id, url_key = excluded.url_key, problem = excluded.problem`;

/** Columns of rows given as arrays of rows (`unnest` takes one array per column). */
function columns(rows: readonly unknown[][], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => new Array(rows.length));
  rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) out[c]![r] = row[c];
  });
  return out;
}

/** Deletes these articles (their grants go by cascade); reports each one that existed. */
export async function removeArticles(
  client: pg.PoolClient,
  ids: readonly string[],
  changes: IndexChange[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const { rows } = await client.query<ArticleRow>(
    `DELETE FROM articles WHERE id = ANY($1::text[]) RETURNING ${ARTICLE_COLUMNS}`,
    [[...new Set(ids)]],
  );
  for (const row of rows) changes.push({ kind: "removed", id: row.id, article: rowToArticle(row) });
  return rows.length;
}

/** Writes the seed-file records; of two records for one path, the later wins. */
export async function writeRecords(
  client: pg.PoolClient,
  records: readonly SeedFileRecord[],
): Promise<void> {
  if (records.length === 0) return;
  // ON CONFLICT may not touch a row twice in one statement: keep the last record of each path.
  const last = new Map<string, SeedFileRecord>();
  for (const record of records) {
    last.delete(record.path);
    last.set(record.path, record);
  }
  const rows = [...last.values()].map((r) => [
    r.path,
    r.size,
    r.mtimeMs,
    r.contentHash,
    r.cleanerVersion,
    r.articleId,
    r.urlKey,
    r.problem,
  ]);
  await client.query(UPSERT_RECORDS, columns(rows, 8));
}

/** Writes one article row by row (`writeOne` of the index). */
export type WriteOne = (
  client: pg.PoolClient,
  entry: IndexedArticle,
  grants: readonly Grant[] | undefined,
  changes: IndexChange[],
) => Promise<void>;

/** Text per statement at most: seed files may be 5 MB each, and a datum may not pass 1 GB. */
const CHUNK_CHARS = 32 * 1024 * 1024;

/** Consecutive runs of `entries`, each ending at the first entry that brings it to `maxChars`. */
export function chunkByText(
  entries: readonly IndexedArticle[],
  maxChars: number,
): IndexedArticle[][] {
  const chunks: IndexedArticle[][] = [];
  let chunk: IndexedArticle[] = [];
  let chars = 0;
  for (const entry of entries) {
    chunk.push(entry);
    chars += entry.article.title.length + entry.article.text.length;
    if (chars >= maxChars) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Adds or replaces `entries` as writing them one after the other would, in statements of at most
 * about `CHUNK_CHARS` of text, in order (so chunk after chunk is still one after the other). A
 * chunk that depends on the order of its own writes is written row by row with `writeOne`.
 */
export async function writeArticles(
  client: pg.PoolClient,
  entries: readonly IndexedArticle[],
  grants: readonly Grant[] | undefined,
  changes: IndexChange[],
  writeOne: WriteOne,
): Promise<void> {
  for (const chunk of chunkByText(entries, CHUNK_CHARS)) {
    if (!(await writeChunk(client, chunk, grants, changes))) {
      for (const entry of chunk) await writeOne(client, entry, grants, changes);
    }
  }
}

/**
 * Adds or replaces `entries` as `writeOne` would one after the other: the scope is the first
 * grant (else the stored scope, else `all`); another article with the same URL in that scope is
 * removed; grants are replaced when given (new articles get `DEFAULT_GRANTS`). Returns false,
 * having written nothing, when the batch needs the order of its writes (one id or one URL twice,
 * or a URL held by another article of the batch).
 */
async function writeChunk(
  client: pg.PoolClient,
  entries: readonly IndexedArticle[],
  grants: readonly Grant[] | undefined,
  changes: IndexChange[],
): Promise<boolean> {
  if (entries.length === 0) return true;
  const ids = entries.map((entry) => entry.article.id);
  if (new Set(ids).size !== ids.length) return false;
  const { rows: stored } = await client.query<{ id: string; scope: string; content_hash: string }>(
    "SELECT id, scope, content_hash FROM articles WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE",
    [ids],
  );
  const existing = new Map(stored.map((row) => [row.id, row]));
  const given = grants?.[0] ? grantKey(grants[0]) : undefined;
  const values = entries.map((entry) =>
    articleValues(entry, given ?? existing.get(entry.article.id)?.scope ?? "all"),
  );
  // values[i][2] is url_key, [4] scope (WRITE_COLUMNS order).
  const places = values.map((row) => `${row[4]}\u0000${row[2]}`);
  if (new Set(places).size !== places.length) return false;
  const urlKeys = values.map((row) => row[2] as string);
  const scopes = values.map((row) => row[4] as string);
  const { rows: clashes } = await client.query<{ id: string }>(
    `SELECT a.id FROM articles a JOIN unnest($1::text[], $2::text[], $3::text[]) AS n(id, url_key, scope)
       ON a.url_key = n.url_key AND a.scope = n.scope AND a.id <> n.id`,
    [ids, urlKeys, scopes],
  );
  const batchIds = new Set(ids);
  if (clashes.some((clash) => batchIds.has(clash.id))) return false;
  await removeArticles(
    client,
    clashes.map((clash) => clash.id),
    changes,
  );
  await client.query(UPSERT_ARTICLES, columns(values, WRITE_COLUMNS.length));
  const regranted: string[] = [];
  entries.forEach((entry, i) => {
    const id = ids[i]!;
    const before = existing.get(id);
    if (!before) changes.push({ kind: "added", id });
    else if (before.content_hash !== entry.contentHash) changes.push({ kind: "changed", id });
    if (grants || !before) regranted.push(id);
  });
  const replaced = regranted.filter((id) => existing.has(id));
  if (replaced.length > 0) {
    await client.query("DELETE FROM grants WHERE article_id = ANY($1::text[])", [replaced]);
  }
  if (regranted.length > 0) {
    await client.query(
      `INSERT INTO grants (article_id, grant_key)
       SELECT i, g FROM unnest($1::text[]) AS i CROSS JOIN unnest($2::text[]) AS g ON CONFLICT DO NOTHING`,
      [regranted, (grants ?? DEFAULT_GRANTS).map(grantKey)],
    );
  }
  return true;
}
