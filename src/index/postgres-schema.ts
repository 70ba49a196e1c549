import type pg from "pg";

/**
 * Migrations of the PostgreSQL index, applied in order and recorded in `newsdesk_migrations`
 * (one transaction each, under an advisory lock so two processes starting at once do not race).
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE EXTENSION IF NOT EXISTS pg_trgm;
   CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE articles (
     id text PRIMARY KEY,
     url text NOT NULL,
     url_key text NOT NULL,
     url_stem text NOT NULL,
     scope text NOT NULL,
     date text NOT NULL,
     source text NOT NULL,
     title text NOT NULL,
     text text NOT NULL,
     paragraphs text,
     word_count integer NOT NULL,
     raw_word_count integer NOT NULL,
     origin text NOT NULL,
     added_at bigint NOT NULL,
     byline text,
     site_name text,
     content_hash text NOT NULL,
     cleaner_version integer NOT NULL,
     file text,
     search tsvector GENERATED ALWAYS AS (
       setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')
     ) STORED,
     title_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', title)) STORED,
     UNIQUE (url_key, scope)
   );
   CREATE INDEX articles_search ON articles USING gin (search);
   CREATE INDEX articles_title_words ON articles USING gin (title_words);
   CREATE INDEX articles_title_trgm ON articles USING gin (lower(title) gin_trgm_ops);
   CREATE INDEX articles_newest ON articles (date DESC, added_at DESC, id);
   CREATE INDEX articles_added ON articles (added_at, id);
   CREATE INDEX articles_source ON articles (source, date DESC, added_at DESC, id);
   CREATE INDEX articles_id_lower ON articles (lower(id) text_pattern_ops);
   CREATE INDEX articles_stem ON articles (url_stem text_pattern_ops);
   CREATE INDEX articles_url_key ON articles (url_key);
   CREATE INDEX articles_origin ON articles (origin);
   CREATE TABLE grants (
     article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
     grant_key text NOT NULL,
     PRIMARY KEY (article_id, grant_key)
   );
   CREATE INDEX grants_key ON grants (grant_key, article_id);
   CREATE TABLE seed_files (
     path text PRIMARY KEY,
     size bigint NOT NULL,
     mtime_ms double precision NOT NULL,
     content_hash text NOT NULL,
     cleaner_version integer NOT NULL,
     article_id text,
     url_key text,
     problem text
   );
   CREATE INDEX seed_files_url ON seed_files (url_key);`,
  // 2: which file holds an article id (two folders with the same file name).
  "CREATE INDEX seed_files_article ON seed_files (article_id);",
  // 3: the short key of each id (idKeyOf: SHA-256, base64url, 22 characters), indexed.
  `ALTER TABLE articles ADD COLUMN id_key text;
   UPDATE articles SET id_key =
     left(translate(rtrim(encode(sha256(convert_to(id, 'UTF8')), 'base64'), '='), '+/', '-_'), 22);
   CREATE INDEX articles_id_key ON articles (id_key);`,
  // 4: autocomplete reads the newest articles in order with their titles from this index alone
  // (an index-only scan), testing each title until enough match (src/index/postgres-search.ts).
  `CREATE INDEX articles_newest_titles ON articles (date DESC, added_at DESC, id)
     INCLUDE (title_words, title);`,
  // 5: a reconcile pages through a folder's ledger in code-point order (seed-ledger-cursor.ts):
  // with this index each page is a range scan, whatever the database's collation.
  'CREATE INDEX seed_files_path_c ON seed_files (path COLLATE "C");',
];

const MIGRATION_LOCK = 7_310_013;

export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS newsdesk_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const { rows } = await client.query<{ version: number }>(
      "SELECT coalesce(max(version), 0) AS version FROM newsdesk_migrations",
    );
    for (let version = (rows[0]?.version ?? 0) + 1; version <= MIGRATIONS.length; version++) {
      await client.query("BEGIN");
      try {
        await client.query(MIGRATIONS[version - 1]!);
        await client.query("INSERT INTO newsdesk_migrations (version) VALUES ($1)", [version]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
