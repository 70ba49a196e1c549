/**
 * The SQLite files and how they survive damage (docs/adr/0014-durable-sqlite-data.md). Durable data
 * (subscriptions, delivery records: every namespace but the caches) lives in one file, the caches in
 * another. The durable file is copied with `VACUUM INTO` to `snapshots/` after writes (debounced) and
 * at start; at start a damaged durable file is moved aside and the newest sound snapshot restored; a
 * damaged cache is moved aside and rebuilt empty. Each step is logged with the files it touched.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "../logger.js";

/** Namespaces whose loss costs only recomputation: they go to the cache file. */
export const CACHE_NAMESPACES: ReadonlySet<string> = new Set([
  "summaries",
  "fetch-cache",
  // Not "fetched-pages": a page a moderator added is team content, kept with the durable data.
]);

export const SNAPSHOTS_KEPT = 5;

export interface SqliteFiles {
  durable: string;
  cache: string;
  snapshots: string;
}

/** `newsdesk.sqlite` → durable `newsdesk.sqlite`, cache `newsdesk-cache.sqlite`, `snapshots/`. */
export function sqliteFilesFor(durable: string): SqliteFiles {
  const ext = path.extname(durable);
  const base = ext ? durable.slice(0, -ext.length) : durable;
  return {
    durable,
    cache: `${base}-cache${ext || ".sqlite"}`,
    snapshots: path.join(path.dirname(durable), "snapshots"),
  };
}

/** Null when the file is a sound SQLite database (or absent/empty), else what is wrong. */
export function checkSqliteFile(file: string): string | null {
  if (!existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma("quick_check") as Array<{ quick_check: string }>;
    const verdict = rows.map((row) => row.quick_check).join("; ");
    return verdict === "ok" ? null : verdict;
  } catch (error) {
    return `${(error as { code?: string }).code ?? "error"}: ${(error as Error).message}`;
  } finally {
    db?.close();
  }
}

/** Moves a damaged file (and its -wal/-shm companions) aside; returns the new name. */
export function moveAside(file: string, now: number): string {
  const aside = `${file}.corrupt-${new Date(now).toISOString().replace(/[:.]/g, "-")}`;
  renameSync(file, aside);
  for (const suffix of ["-wal", "-shm", "-journal"]) {
    if (existsSync(file + suffix)) rmSync(file + suffix, { force: true });
  }
  return aside;
}

function snapshotNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^snapshot-\d+\.sqlite$/.test(name))
    .sort((a, b) => Number(b.match(/\d+/)![0]) - Number(a.match(/\d+/)![0]));
}

/** Copies the durable file with VACUUM INTO (a consistent copy) and keeps the newest few. */
export function takeSnapshot(files: SqliteFiles, now: number): string | null {
  if (!existsSync(files.durable)) return null;
  mkdirSync(files.snapshots, { recursive: true });
  const target = path.join(files.snapshots, `snapshot-${now}.sqlite`);
  if (existsSync(target)) rmSync(target);
  const db = new Database(files.durable, { readonly: true, fileMustExist: true });
  try {
    db.prepare("VACUUM INTO ?").run(target);
  } finally {
    db.close();
  }
  for (const old of snapshotNames(files.snapshots).slice(SNAPSHOTS_KEPT)) {
    rmSync(path.join(files.snapshots, old), { force: true });
  }
  return target;
}

/**
 * Makes both files usable before the store opens them: a damaged durable file is moved aside and the
 * newest sound snapshot copied in its place; a damaged cache is moved aside (rebuilt empty).
 */
export function repairSqliteFiles(files: SqliteFiles, logger: Logger, now: number): void {
  const cacheProblem = checkSqliteFile(files.cache);
  if (cacheProblem) {
    const aside = moveAside(files.cache, now);
    logger.warn(
      { file: files.cache, movedTo: aside, problem: cacheProblem },
      `the cache file ${files.cache} was damaged; moved it to ${aside} and started an empty cache`,
    );
  }
  const problem = checkSqliteFile(files.durable);
  if (!problem) return;
  const aside = moveAside(files.durable, now);
  for (const name of snapshotNames(files.snapshots)) {
    const snapshot = path.join(files.snapshots, name);
    if (checkSqliteFile(snapshot) !== null) continue;
    copyFileSync(snapshot, files.durable);
    logger.error(
      { file: files.durable, movedTo: aside, restoredFrom: snapshot, problem },
      `the data file ${files.durable} was damaged; moved it to ${aside} and restored ${snapshot}`,
    );
    return;
  }
  logger.error(
    { file: files.durable, movedTo: aside, problem },
    `the data file ${files.durable} was damaged and no sound snapshot exists; moved it to ${aside} and started empty`,
  );
}
