import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { type Grant, grantsScopeFirst, type IndexedArticle } from "../articles/index-port.js";
import { idKeyOf } from "../articles/query.js";
import type { Logger } from "../logger.js";
import { ARTICLE_COLUMNS, type ArticleRow, rowToArticle } from "./rows.js";

/**
 * Articles that have no file of their own (feed items, fetched pages) are the only copy of
 * themselves in the index: a corrupt index file moved aside, or a schema change, would lose them
 * (and a feed never sends an item twice). So the SQLite index keeps each of them, with its grants,
 * as one JSON file in a folder beside the index file (`<index>.kept/<key>.json`), written after
 * each commit, and puts back any that are missing when the file is opened. Seed articles need no
 * copy: their files are the source. PostgreSQL keeps its tables; it needs none of this.
 */
export interface KeptArticles {
  /** Records what a committed write did to a kept article (saved by `flush`). */
  saved(entry: IndexedArticle, grants: readonly Grant[]): void;
  removed(id: string): void;
  /** Writes what was recorded since the last flush. */
  flush(): void;
  /** Forgets what was recorded (the transaction rolled back). */
  discard(): void;
  /** Every kept article whose id `has` does not know. */
  missing(has: (id: string) => boolean): { entry: IndexedArticle; grants: Grant[] }[];
}

interface KeptFile {
  version: 1;
  entry: IndexedArticle;
  grants: Grant[];
}

export function keptFolderOf(indexFile: string): string {
  return `${indexFile}.kept`;
}

export function createKeptArticles(folder: string, logger: Logger): KeptArticles {
  const pending = new Map<string, KeptFile | null>();
  const fileOf = (id: string) => path.join(folder, `${idKeyOf(id)}.json`);
  return {
    saved(entry, grants) {
      if (entry.article.origin === "seed") return;
      pending.set(entry.article.id, { version: 1, entry, grants: [...grants] });
    },
    removed(id) {
      pending.set(id, null);
    },
    flush() {
      if (pending.size === 0) return;
      const writes = [...pending];
      pending.clear();
      try {
        mkdirSync(folder, { recursive: true });
        for (const [id, kept] of writes) {
          const file = fileOf(id);
          if (kept === null) {
            rmSync(file, { force: true });
            continue;
          }
          // Written whole, then renamed: a crash leaves the old copy or the new one.
          writeFileSync(`${file}.tmp`, JSON.stringify(kept));
          renameSync(`${file}.tmp`, file);
        }
      } catch (error) {
        logger.error(
          { err: error, folder },
          "could not keep a copy of feed items and fetched pages beside the index",
        );
      }
    },
    discard() {
      pending.clear();
    },
    missing(has) {
      let names: string[];
      try {
        if (!statSync(folder).isDirectory()) return [];
        names = readdirSync(folder).filter((name) => name.endsWith(".json"));
      } catch {
        return [];
      }
      const found: { entry: IndexedArticle; grants: Grant[] }[] = [];
      for (const name of names) {
        try {
          const kept = readKeptFile(path.join(folder, name));
          if (!kept || has(kept.entry.article.id)) continue;
          found.push(kept);
        } catch (error) {
          logger.warn({ err: error, file: path.join(folder, name) }, "skipped a kept article");
        }
      }
      return found;
    },
  };
}

/**
 * One kept article as written by `flush`: the entry and its grants (scope first), or undefined for
 * a file of another version. Throws when the file cannot be read or is not JSON.
 */
export function readKeptFile(file: string): { entry: IndexedArticle; grants: Grant[] } | undefined {
  const kept = JSON.parse(readFileSync(file, "utf8")) as KeptFile;
  return kept.version === 1 ? { entry: kept.entry, grants: kept.grants } : undefined;
}

/** A function that records article `id` as the index now holds it (seed articles are skipped). */
export function keeperOf(db: Database.Database, kept: KeptArticles): (id: string) => void {
  const read = db.prepare(
    `SELECT ${ARTICLE_COLUMNS}, cleaner_version, file, scope FROM articles a WHERE a.id = ?`,
  );
  const grantsOf = db.prepare(
    "SELECT grant_key FROM grants WHERE article_id = ? ORDER BY grant_key",
  );
  return (id) => {
    const row = read.get(id) as
      | (ArticleRow & { cleaner_version: number; file: string | null; scope: string })
      | undefined;
    if (!row || row.origin === "seed") return;
    // The scope first: putting the article back keeps the grant its URL is unique in.
    const keys = (grantsOf.all(id) as { grant_key: string }[]).map((g) => g.grant_key);
    const grants = grantsScopeFirst(keys, row.scope);
    kept.saved(
      {
        article: rowToArticle(row),
        contentHash: row.content_hash,
        cleanerVersion: Number(row.cleaner_version),
        file: row.file,
      },
      grants,
    );
  };
}
