import { existsSync } from "node:fs";
import type Database from "better-sqlite3";
import type { ArticleIndex } from "../articles/index-port.js";
import type { Logger } from "../logger.js";
import { defaultIndexFile, openReadOnly } from "./copy-source.js";
import { createSqliteStoredReader } from "./sqlite-stored.js";

/** How many of the old file's articles are looked up in the new index. */
const SAMPLE = 20;

/**
 * After a move to PostgreSQL: when the SQLite file this seeds folder used before still holds
 * articles without a seed file (feed items) and the new index has none of the first few of them,
 * logs one warning naming `newsdesk index copy`. Once they are copied it says nothing. A count on
 * an index and one lookup: cheap enough for every start. Never throws.
 */
export async function warnIfNotCopied(options: {
  index: ArticleIndex;
  dataDir: string;
  folders: readonly string[];
  logger: Logger;
}): Promise<void> {
  const file = defaultIndexFile(options.dataDir, options.folders);
  if (options.index.engine !== "postgres" || !existsSync(file)) return;
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file);
    const sample = createSqliteStoredReader(db)
      .listUnfiled(null, SAMPLE)
      .map((stored) => stored.entry.article.id);
    if (sample.length === 0) return;
    const { n } = db.prepare("SELECT count(*) AS n FROM articles WHERE origin <> 'seed'").get() as {
      n: number;
    };
    db.close();
    if ((await options.index.storedOf(sample)).length > 0) return;
    options.logger.warn(
      { file, articles: n },
      "the SQLite index used before DATABASE_URL holds feed items (articles without a seed file) that PostgreSQL does not: run `newsdesk index copy` once to bring them over",
    );
  } catch (error) {
    options.logger.debug({ err: error, file }, "could not look into the old SQLite index");
  } finally {
    if (db?.open) db.close();
  }
}
