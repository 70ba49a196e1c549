import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type Grant, grantKey, type StoredArticle } from "../articles/index-port.js";
import { indexLocation } from "./open-index.js";
import { keptFolderOf, readKeptFile } from "./sqlite-kept.js";
import { createSqliteStoredReader } from "./sqlite-stored.js";

/** A source article that could not be read (a damaged kept file). */
export interface UnreadableArticle {
  /** The kept file, or the article id. */
  ref: string;
  reason: string;
}

export interface SourcePage {
  articles: StoredArticle[];
  unreadable: UnreadableArticle[];
}

/**
 * Where `newsdesk index copy` reads: a SQLite index file opened read-only (its content is never
 * changed, nothing is moved aside or written beside it), or the `<file>.kept/` folder the SQLite
 * index keeps its feed items and fetched pages in, when the file is missing or damaged.
 */
export interface CopySource {
  /** The SQLite file, or the kept folder when that is what is read. */
  location: string;
  /** "index": the file; "kept": its kept folder. */
  read: "index" | "kept";
  /** Why the kept folder is read instead of the file (null when the file is read). */
  fallback: string | null;
  /** Seed articles in the file (never copied); null when the kept folder is read. */
  seedArticles: number | null;
  /** Every article without a seed file, `size` at a time. */
  pages(size: number): AsyncIterable<SourcePage>;
  close(): void;
}

/** The SQLite file the index of `folders` is in when DATABASE_URL is not set. */
export function defaultIndexFile(dataDir: string, folders: readonly string[]): string {
  const location = indexLocation({ DATA_DIR: dataDir }, folders);
  return location.kind === "sqlite" ? location.file : path.join(dataDir, "articles.sqlite");
}

function isSqliteFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_");
}

/** Opens the file read-only and checks it is an index (throws a SQLite error when it is not). */
export function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.prepare("SELECT count(*) FROM (SELECT rowid FROM articles LIMIT 1)").get();
    db.prepare("SELECT count(*) FROM (SELECT article_id FROM grants LIMIT 1)").get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens `location`: a SQLite index file, or a kept folder (`<file>.kept`). A file that is missing
 * or cannot be read as an index falls back to its kept folder; `fallback` says why. Returns null
 * when there is neither.
 */
export function openCopySource(location: string): CopySource | null {
  const file = path.resolve(location);
  if (isDirectory(file)) return keptSource(file, null);
  const folder = keptFolderOf(file);
  if (!existsSync(file)) {
    return isDirectory(folder) ? keptSource(folder, `${file} does not exist`) : null;
  }
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file);
    return sqliteSource(db, file, folder);
  } catch (error) {
    // Not a database, damaged, or another schema (a column missing).
    if (db?.open) db.close();
    if (!isSqliteFailure(error) || !isDirectory(folder)) throw error;
    return keptSource(folder, `${file} cannot be read (${(error as Error).message})`);
  }
}

function sqliteSource(db: Database.Database, file: string, folder: string): CopySource {
  const reader = createSqliteStoredReader(db);
  const seeds = db.prepare("SELECT count(*) AS n FROM articles WHERE origin = 'seed'").get() as {
    n: number;
  };
  const source: CopySource = {
    location: file,
    read: "index",
    fallback: null,
    seedArticles: seeds.n,
    async *pages(size) {
      let after: string | null = null;
      for (;;) {
        let articles: StoredArticle[];
        try {
          articles = reader.listUnfiled(after, size);
        } catch (error) {
          // Damage found half-way: the kept folder has every article; what was copied already
          // is found unchanged.
          if (!isSqliteFailure(error) || !isDirectory(folder)) throw error;
          source.read = "kept";
          source.location = folder;
          source.fallback = `${file} could not be read to the end (${(error as Error).message})`;
          yield* keptSource(folder, source.fallback).pages(size);
          return;
        }
        if (articles.length === 0) return;
        yield { articles, unreadable: [] };
        after = articles.at(-1)?.entry.article.id ?? null;
        if (articles.length < size) return;
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
  return source;
}

function keptSource(folder: string, fallback: string | null): CopySource {
  return {
    location: folder,
    read: "kept",
    fallback,
    seedArticles: null,
    async *pages(size) {
      // Names only (22 characters each): 100,000 kept articles are a few MB.
      const names = readdirSync(folder)
        .filter((name) => name.endsWith(".json"))
        .sort();
      for (let start = 0; start < names.length; start += size) {
        const page: SourcePage = { articles: [], unreadable: [] };
        for (const name of names.slice(start, start + size)) {
          const file = path.join(folder, name);
          try {
            const kept = readKeptFile(file);
            const problem = kept ? shapeProblem(kept) : "written by another version";
            if (problem || !kept) page.unreadable.push({ ref: file, reason: problem ?? "" });
            else if (kept.entry.article.origin !== "seed") {
              // Kept files list the scope first (older ones: in key order, the best there is).
              const scope = kept.grants[0] ? grantKey(kept.grants[0]) : "all";
              page.articles.push({ ...kept, scope });
            }
          } catch (error) {
            page.unreadable.push({ ref: file, reason: (error as Error).message });
          }
        }
        yield page;
      }
    },
    close() {},
  };
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

const isString = (value: unknown): value is string => typeof value === "string";

/** What is wrong with a kept file's content (a hand-edited or truncated copy), or null. */
function shapeProblem(kept: { entry: StoredArticle["entry"]; grants: Grant[] }): string | null {
  const article = kept.entry?.article as unknown as Record<string, unknown> | undefined;
  if (!article || typeof article !== "object") return "no article";
  for (const field of ["id", "url", "date", "title", "text", "source", "origin"]) {
    if (!isString(article[field])) return `no ${field}`;
  }
  if (!Array.isArray(article.paragraphs) || !article.paragraphs.every(isString)) {
    return "no paragraphs";
  }
  for (const field of ["addedAt", "wordCount", "rawWordCount"]) {
    if (typeof article[field] !== "number") return `no ${field}`;
  }
  if (!isString(kept.entry.contentHash)) return "no content hash";
  if (typeof kept.entry.cleanerVersion !== "number") return "no cleaner version";
  if (!Array.isArray(kept.grants) || !kept.grants.every(isGrant)) return "bad grants";
  return null;
}

function isGrant(value: unknown): value is Grant {
  const grant = value as Record<string, unknown> | null;
  if (!grant || typeof grant !== "object") return false;
  if (grant.kind === "all") return true;
  if (grant.kind === "guild") return isString(grant.guildId);
  return grant.kind === "user" && isString(grant.userId);
}
