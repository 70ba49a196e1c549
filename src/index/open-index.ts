import { createHash } from "node:crypto";
import path from "node:path";
import type { ArticleIndex } from "../articles/index-port.js";
import { UserError } from "../errors.js";
import type { Logger } from "../logger.js";
import { createSqliteIndex } from "./sqlite-index.js";

export interface IndexSettings {
  /** DATABASE_URL: postgres://…, sqlite://path or memory://; unset for the default file. */
  DATABASE_URL?: string | undefined;
  /** KEYV_URL: a memory:// store means nothing persists, the index included. */
  KEYV_URL?: string | undefined;
  DATA_DIR: string;
}

export type IndexLocation =
  | { kind: "postgres"; url: string }
  | { kind: "sqlite"; file: string }
  | { kind: "memory" };

/**
 * Where the index of a set of seed folders lives. SQLite: one file per set of seed folders,
 * `DATA_DIR/articles-<folder>-<hash>.sqlite`, so that a one-off command with `--seeds DIR` or the
 * playground (seeds and demo) never rewrites the bot's index; `DATABASE_URL=sqlite://file` names
 * the file, `memory://` keeps it in memory (also the default when KEYV_URL is memory://).
 * PostgreSQL: the database DATABASE_URL names.
 */
export function indexLocation(settings: IndexSettings, folders: readonly string[]): IndexLocation {
  const url = settings.DATABASE_URL;
  if (url?.startsWith("postgres://") || url?.startsWith("postgresql://")) {
    return { kind: "postgres", url };
  }
  if (url?.startsWith("memory://")) return { kind: "memory" };
  if (url === undefined && settings.KEYV_URL?.startsWith("memory://")) return { kind: "memory" };
  if (url?.startsWith("sqlite://")) return { kind: "sqlite", file: url.slice("sqlite://".length) };
  const resolved = folders.map((folder) => path.resolve(folder));
  const hash = createHash("sha256").update(resolved.join("\n")).digest("hex").slice(0, 8);
  const name = (path.basename(resolved[0] ?? "seeds").replace(/[^\w.-]+/g, "_") || "seeds").slice(
    0,
    40,
  );
  return { kind: "sqlite", file: path.join(settings.DATA_DIR, `articles-${name}-${hash}.sqlite`) };
}

/**
 * The seed folder a one-off command may use. SQLite keeps one file per set of folders, so any
 * folder is safe; a PostgreSQL database is shared by every process, and reconciling another folder
 * into it would drop the configured folder's articles: refused with what to do instead.
 */
export function checkSeedFolder(
  settings: IndexSettings & { SEEDS_DIR: string },
  folder: string,
): void {
  const location = indexLocation(settings, [settings.SEEDS_DIR]);
  if (location.kind !== "postgres") return;
  if (path.resolve(folder) === path.resolve(settings.SEEDS_DIR)) return;
  throw new UserError(
    `--seeds ${folder}: the article index is the shared PostgreSQL database (DATABASE_URL), which holds the articles of ${path.resolve(settings.SEEDS_DIR)} (SEEDS_DIR). Importing another folder into it would replace them. Set SEEDS_DIR to change the bot's folder, or give this command its own index with DATABASE_URL=sqlite://FILE.`,
  );
}

/** A location for logs and status: the file, or the database without its password. */
export function describeLocation(location: IndexLocation): string {
  if (location.kind === "sqlite") return location.file;
  if (location.kind === "memory") return "memory";
  try {
    const parsed = new URL(location.url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "postgres";
  }
}

/** Opens the article index at `location` (created on first use). */
export async function openArticleIndex(
  location: IndexLocation,
  options: { logger: Logger; pollMs?: number },
): Promise<ArticleIndex> {
  if (location.kind === "postgres") {
    const { createPostgresIndex } = await import("./postgres-index.js");
    return createPostgresIndex({ connectionString: location.url, logger: options.logger });
  }
  return createSqliteIndex({
    file: location.kind === "memory" ? ":memory:" : location.file,
    logger: options.logger,
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
  });
}

/** An empty index in memory (one-shot uses that need a corpus but no folder). */
export function openMemoryIndex(logger: Logger): Promise<ArticleIndex> {
  return createSqliteIndex({ file: ":memory:", logger, pollMs: 0 });
}
