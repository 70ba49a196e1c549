import { existsSync, renameSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { idKeyOf } from "../articles/query.js";
import type { Logger } from "../logger.js";

/** The page size of a new index file (bytes). */
export const PAGE_SIZE = 16_384;

/** Bumped when the schema changes incompatibly: the derived data is then rebuilt. */
export const SQLITE_SCHEMA_VERSION = 2;

/** The triggers that keep both FTS5 indexes in step with the articles (dropped during a bulk load). */
export const FTS_TRIGGERS = `
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
  INSERT INTO titles_fts (rowid, title) VALUES (new.rowid, new.title);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
  DELETE FROM grants WHERE article_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
  INSERT INTO titles_fts (rowid, title) VALUES (new.rowid, new.title);
END;
`;

/**
 * Rebuilds both FTS5 indexes from the articles (much faster than row by row for a bulk load).
 * The text index is built with an 8 MB term buffer (default 1 MB) and merges 16 segments at a
 * time (default 4; crisis at 64, default 16): fewer, larger segments are written and merged —
 * a quarter less CPU for 100,000 articles, and no more segments at the end (5–6 against 9).
 * The defaults are back before the transaction ends, for the rows the triggers add one by one.
 * Search results do not depend on how the index is segmented.
 */
export const REBUILD_FTS = `
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 1048576);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 4);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 16);
INSERT INTO titles_fts (titles_fts) VALUES ('rebuild');
`;

/**
 * The indexes of the articles that no write looks up (reads only). A bulk load drops them and
 * builds each once at the end — one sort instead of 100,000 inserts at random places, which miss
 * the page cache once the table outgrows it; opening the file creates any that is missing (after
 * a crash mid-load). `articles_id_key` is one of them too (created by `addIdKeys`).
 */
export const DEFERRED_INDEXES = `
CREATE INDEX IF NOT EXISTS articles_newest ON articles (date DESC, added_at DESC, id);
CREATE INDEX IF NOT EXISTS articles_added ON articles (added_at, id);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source, date DESC, added_at DESC, id);
CREATE INDEX IF NOT EXISTS articles_id_lower ON articles (lower(id));
CREATE INDEX IF NOT EXISTS articles_stem ON articles (url_stem);
CREATE INDEX IF NOT EXISTS articles_origin ON articles (origin);
`;
export const ID_KEY_INDEX = "CREATE INDEX IF NOT EXISTS articles_id_key ON articles (id_key)";
export const DROP_DEFERRED_INDEXES = [
  "articles_newest",
  "articles_added",
  "articles_source",
  "articles_id_lower",
  "articles_stem",
  "articles_origin",
  "articles_id_key",
]
  .map((name) => `DROP INDEX IF EXISTS ${name};`)
  .join(" ");

/**
 * The schema: articles (every origin) with their grants, two FTS5 indexes kept in step by
 * triggers (title + text with the Porter stemmer for search; titles alone, unstemmed, for
 * autocomplete with a vocabulary for typos), the seed-file ledger, leases and a change log that
 * other processes poll.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  url_key TEXT NOT NULL,
  url_stem TEXT NOT NULL,
  scope TEXT NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  paragraphs TEXT,
  word_count INTEGER NOT NULL,
  raw_word_count INTEGER NOT NULL,
  origin TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  byline TEXT,
  site_name TEXT,
  content_hash TEXT NOT NULL,
  cleaner_version INTEGER NOT NULL,
  file TEXT,
  id_key TEXT,
  UNIQUE (url_key, scope)
);
${DEFERRED_INDEXES}
CREATE TABLE IF NOT EXISTS grants (
  article_id TEXT NOT NULL,
  grant_key TEXT NOT NULL,
  PRIMARY KEY (article_id, grant_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS grants_key ON grants (grant_key, article_id);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2', detail = column
);
CREATE VIRTUAL TABLE IF NOT EXISTS titles_fts USING fts5 (
  title, content = 'articles', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE IF NOT EXISTS titles_vocab USING fts5vocab (titles_fts, 'row');
${FTS_TRIGGERS}
CREATE TABLE IF NOT EXISTS seed_files (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  content_hash TEXT NOT NULL,
  cleaner_version INTEGER NOT NULL,
  article_id TEXT,
  url_key TEXT,
  problem TEXT
);
CREATE INDEX IF NOT EXISTS seed_files_url ON seed_files (url_key);
CREATE INDEX IF NOT EXISTS seed_files_article ON seed_files (article_id);
CREATE TABLE IF NOT EXISTS leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  article_id TEXT NOT NULL
);
`;

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === "SQLITE_CORRUPT" ||
    code === "SQLITE_NOTADB" ||
    code === "SQLITE_CORRUPT_VTAB" ||
    (typeof code === "string" && code.startsWith("SQLITE_CORRUPT"))
  );
}

/**
 * The `id_key` column (idKeyOf of the id), added to an index file written before it existed and
 * filled in, rather than rebuilding the file (which would lose feed items).
 */
function addIdKeys(db: Database.Database): void {
  const columns = db.prepare("PRAGMA table_info(articles)").all() as { name: string }[];
  if (!columns.some((column) => column.name === "id_key")) {
    db.exec("ALTER TABLE articles ADD COLUMN id_key TEXT");
  }
  db.exec(ID_KEY_INDEX);
  if (db.prepare("SELECT 1 FROM articles WHERE id_key IS NULL LIMIT 1").get() === undefined) return;
  db.function("newsdesk_id_key", { deterministic: true }, (id: unknown) => idKeyOf(String(id)));
  db.exec("UPDATE articles SET id_key = newsdesk_id_key(id) WHERE id_key IS NULL");
}

/** How long one attempt to open the file waits on another connection's lock (ms). */
const BUSY_TIMEOUT_MS = 10_000;

function openAndMigrate(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    // A new file gets 16 KB pages (an existing one keeps its own; this is then a no-op). An
    // article row is 2–3 KB: with 4 KB pages most take a page of their own, and a first import
    // of 100,000 reads and writes four times as many pages (a system call each) when it builds
    // its indexes and checkpoints the WAL — 16 KB pages cost a third less CPU there (measured).
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = OFF");
    db.exec(SCHEMA);
    addIdKeys(db);
    // A bulk load that did not finish (a crash): its rows are in, the full-text indexes are not.
    if (db.prepare("SELECT 1 FROM meta WHERE key = 'fts_pending'").get() !== undefined) {
      db.transaction(() => {
        db.exec(REBUILD_FTS);
        db.prepare("DELETE FROM meta WHERE key = 'fts_pending'").run();
      })();
    }
    const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    let row = version.get() as { value: string } | undefined;
    if (row === undefined) {
      // Another process creating the same new file at once may write it between our read and
      // our write (which then failed on the key). Only a new file writes here: opening one that
      // has its version takes no write lock, so it never waits on an import's transaction.
      db.prepare(
        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING",
      ).run(String(SQLITE_SCHEMA_VERSION));
      row = version.get() as { value: string };
    }
    if (Number(row.value) !== SQLITE_SCHEMA_VERSION) {
      throw Object.assign(
        new Error(`index schema ${row.value}, expected ${SQLITE_SCHEMA_VERSION}`),
        {
          code: "SQLITE_CORRUPT_SCHEMA",
        },
      );
    }
    // Reads a page of every table: a file that is not a database, or is torn, fails here.
    db.prepare("SELECT count(*) FROM (SELECT rowid FROM articles LIMIT 1)").get();
    db.prepare("SELECT count(*) FROM (SELECT rowid FROM articles_fts LIMIT 1)").get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Attempts to open a file that another process keeps busy, and the pause between them (ms). */
const OPEN_ATTEMPTS = 8;
const OPEN_RETRY_MS = 250;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code === "SQLITE_LOCKED");
}

/**
 * `openAndMigrate`, again after a pause while another process holds the file: two processes that
 * create or migrate the same new file at once can get SQLITE_BUSY at once, without waiting (SQLite
 * does not wait where waiting could deadlock, as when both read the schema and then want to
 * write it), and a CLI command started beside the bot must not fail for that.
 */
async function openPatiently(
  file: string,
  busyTimeoutMs: number,
  logger: Logger,
): Promise<Database.Database> {
  for (let attempt = 1; ; attempt++) {
    try {
      return openAndMigrate(file, busyTimeoutMs);
    } catch (error) {
      if (!isBusy(error) || attempt >= OPEN_ATTEMPTS) throw error;
      logger.debug({ err: error, file, attempt }, "the article index file is busy; trying again");
      await new Promise((resolve) => setTimeout(resolve, OPEN_RETRY_MS * attempt));
    }
  }
}

/**
 * Opens (or creates) the index file. A file that is not a readable index (corrupt, truncated,
 * another program's, an incompatible schema) is moved aside as `<file>.corrupt-<time>` with a
 * warning naming both, and a new one is created: the index is derived, the importer refills it.
 * A file another process keeps busy is tried again (`openPatiently`). `busyTimeoutMs`: how long a
 * statement waits on another connection's lock (tests shorten it).
 */
export async function openSqliteFile(
  file: string,
  options: { logger: Logger; now?: () => number; busyTimeoutMs?: number },
): Promise<Database.Database> {
  if (file !== ":memory:") await mkdir(path.dirname(file), { recursive: true });
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  try {
    return await openPatiently(file, busyTimeoutMs, options.logger);
  } catch (error) {
    if (file === ":memory:" || !isCorruption(error)) throw error;
    const stamp = new Date(options.now?.() ?? Date.now()).toISOString().replace(/[:.]/g, "-");
    const aside = `${file}.corrupt-${stamp}`;
    renameSync(file, aside);
    for (const suffix of ["-wal", "-shm"]) {
      if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    }
    options.logger.warn(
      { err: error, file, movedTo: aside },
      "the article index file was corrupt: moved it aside, rebuilding the index",
    );
    return openPatiently(file, busyTimeoutMs, options.logger);
  }
}
