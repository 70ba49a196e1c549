import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../logger.js";
import { CLEANER_VERSION, cleanArticle } from "./clean.js";
import type { ArticleIndex, IndexedArticle, SeedBatch, SeedFileRecord } from "./index-port.js";
import { isArticleFormatError, parseSeed } from "./parse.js";
import { DUPLICATE, DUPLICATE_ID, duplicatesToRetry, sameIdHolders } from "./seed-duplicates.js";
import {
  compareCodePoints,
  inspectSeedEntry,
  listSeedNames,
  readSeedEntry,
  type SeedEntry,
  type SeedRead,
  seedIdOf,
} from "./seed-files.js";
import { createLedgerCursor, isLedgerEmpty, type LedgerCursor } from "./seed-ledger-cursor.js";
import { createSeedReader, type SeedReader } from "./seed-reader.js";
import { normalizeUrl } from "./url.js";

/**
 * The seed importer: reconciles the seed folders with the index by path, size, modification time
 * and content hash. New and changed files are read, parsed, cleaned and written; removed ones are
 * dropped; unchanged ones are not even opened. A change of the cleaner's version cleans every file
 * again. Writes go in batches, each one transaction with its ledger rows, so a crash leaves the
 * index consistent and the next run resumes where this one stopped. One importer at a time across
 * processes (a lease in the index), and one run at a time in a process.
 */

export interface ImportReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  skipped: number;
  /** True when another process held the import lock: nothing was done. */
  locked: boolean;
}

export interface SeedImporter {
  /** Reconciles every folder, or only `names` of one folder (a watch event). */
  run(only?: { root: string; names: readonly string[] }): Promise<ImportReport>;
  /** The folders, resolved. */
  roots(): Promise<string[]>;
  /** Resolves once no run is queued or running. */
  idle(): Promise<void>;
  /**
   * True when no folder was modified since its last full import (its time is what was recorded):
   * no file was added, removed or renamed. An edit in place does not change a folder's time; the
   * watcher of a running bot, or `newsdesk index rebuild`, catches those.
   */
  unchanged(): Promise<boolean>;
}

export interface SeedImporterOptions {
  index: ArticleIndex;
  /** The seed folders, in order of precedence. */
  folders: readonly string[];
  logger: Logger;
  /** Articles written per transaction (default 200; 1000 for a folder's first import). */
  batchSize?: number;
  /**
   * A first import of at least this many files in a folder is a bulk load (`SeedLedger.beginBulk`:
   * SQLite builds its full-text indexes once at the end). Default 1000.
   */
  bulkThreshold?: number;
  /** Ledger records read at once in a full run (default 1000). */
  ledgerPageSize?: number;
  /** Files inspected and read at once (default 4). */
  concurrency?: number;
  now?: () => number;
  lockTtlMs?: number;
}

const LOCK_NAME = "seed-import";
/** A watch event with fewer names than this reads them without the reader thread. */
const READER_THRESHOLD = 64;

function emptyReport(): ImportReport {
  return { added: 0, changed: 0, removed: 0, unchanged: 0, skipped: 0, locked: false };
}

function problemRecord(
  file: string,
  reason: string,
  seen: { size: number; mtimeMs: number } | undefined,
  urlKey: string | null = null,
): SeedFileRecord {
  return {
    path: file,
    size: seen?.size ?? -1,
    mtimeMs: seen?.mtimeMs ?? -1,
    contentHash: "",
    cleanerVersion: CLEANER_VERSION,
    articleId: null,
    urlKey,
    problem: reason,
  };
}

type Looked = { entry: SeedEntry; read?: SeedRead };

export function createSeedImporter(options: SeedImporterOptions): SeedImporter {
  const { index, logger } = options;
  const now = options.now ?? Date.now;
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let resolvedRoots: Promise<string[]> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** Article ids removed during the current run (their same-name files elsewhere get a retry). */
  const freedIds = new Set<string>();

  const roots = () => {
    resolvedRoots ??= Promise.all(
      options.folders.map(async (folder) => realpath(path.resolve(folder))),
    );
    return resolvedRoots;
  };

  /**
   * Reconciles `names` in `root` against the folder's ledger; with a `ledger` cursor (a full run:
   * `names` is every file, in code point order) also removes what is gone.
   */
  async function reconcile(
    root: string,
    names: readonly string[],
    ledger: { cursor: LedgerCursor; empty: boolean } | null,
    allRoots: readonly string[],
    report: ImportReport,
    /** Names the listing did not show as regular files (null: no listing, lstat every name). */
    irregular: ReadonlySet<string> | null = null,
    reader: SeedReader | null = null,
  ): Promise<Set<string>> {
    const readFile = (file: string) => (reader ? reader.read(file) : readSeedEntry(file));
    // The reader thread works through a queue: keep it fed, in batches (one message each way for
    // the reads requested in one turn; see seed-reader.ts).
    const ahead = reader ? Math.max(concurrency, 64) : concurrency;
    const refillBelow = reader ? ahead / 2 : ahead;
    // A first import (nothing recorded under this folder) writes larger transactions: fewer
    // commits and fewer full-text segments to merge. Later runs keep them short, since a bot
    // serves from the same thread meanwhile.
    const first = ledger?.empty === true;
    const cursor = ledger?.cursor ?? null;
    const perBatch = options.batchSize ?? (first ? 1000 : batchSize);
    const freed = new Set<string>();
    let batch: {
      records: SeedFileRecord[];
      articles: IndexedArticle[];
      removedPaths: string[];
      removedArticles: string[];
    } = { records: [], articles: [], removedPaths: [], removedArticles: [] };
    /** URL claims written in this batch (not visible to `claimsOf` yet). */
    let pendingClaims = new Map<string, string>();
    const flush = async () => {
      const size =
        batch.records.length +
        batch.articles.length +
        batch.removedPaths.length +
        batch.removedArticles.length;
      if (size === 0) return;
      const done: SeedBatch = batch;
      for (const id of done.removedArticles) freedIds.add(id);
      batch = { records: [], articles: [], removedPaths: [], removedArticles: [] };
      pendingClaims = new Map();
      await index.seeds.apply(done);
    };
    const recordOf = async (file: string) => {
      if (cursor === null) return await index.seeds.get(file);
      if (!cursor.covers(file)) await cursor.reach(file);
      return cursor.peek(file);
    };

    const look = async (at: number): Promise<Looked> => {
      const name = names[at]!;
      const file = path.join(root, name);
      if (cursor !== null && !cursor.covers(file)) await cursor.reach(file);
      if (
        cursor !== null &&
        irregular !== null &&
        !irregular.has(name) &&
        cursor.peek(file) === undefined
      ) {
        // New, and a regular file when the folder was listed: read it at once (no lstat).
        const read = await readFile(file);
        if (read.kind === "ok") {
          return {
            entry: { kind: "file", path: file, name, size: read.size, mtimeMs: read.mtimeMs },
            read,
          };
        }
        if (read.kind === "missing") return { entry: { kind: "missing", path: file, name } };
      }
      const entry = await inspectSeedEntry(root, name, allRoots);
      if (entry.kind !== "file") return { entry };
      const known = await recordOf(entry.path);
      if (
        known &&
        known.size === entry.size &&
        known.mtimeMs === entry.mtimeMs &&
        known.cleanerVersion === CLEANER_VERSION &&
        (known.problem === null ||
          !(known.problem.startsWith(DUPLICATE) || known.problem.startsWith(DUPLICATE_ID)))
      ) {
        return { entry };
      }
      return { entry, read: await readFile(entry.path) };
    };

    /** Records of files gone from the folder: their articles go. */
    const dropGone = (gone: readonly SeedFileRecord[]) => {
      for (const known of gone) {
        batch.removedPaths.push(known.path);
        if (known.articleId) {
          batch.removedArticles.push(known.articleId);
          report.removed++;
        }
        if (known.urlKey) freed.add(known.urlKey);
      }
    };

    const skip = async (
      file: string,
      reason: string,
      known: SeedFileRecord | undefined,
      seen?: { size: number; mtimeMs: number },
      urlKey: string | null = null,
    ) => {
      report.skipped++;
      logger.warn({ file, reason }, "skipped article file");
      if (known?.problem === reason && known.size === (seen?.size ?? -1)) return;
      if (known?.articleId) {
        batch.removedArticles.push(known.articleId);
        if (known.urlKey) freed.add(known.urlKey);
      }
      batch.records.push(problemRecord(file, reason, seen, urlKey));
    };

    // Inspect and read a window ahead; apply strictly in name order.
    const window: Promise<Looked>[] = [];
    let next = 0;
    const fill = () => {
      while (window.length < ahead && next < names.length) window.push(look(next++));
    };
    fill();
    while (window.length > 0) {
      const { entry, read } = await window.shift()!;
      if (window.length < refillBelow) fill();
      let known: SeedFileRecord | undefined;
      if (cursor === null) known = await index.seeds.get(entry.path);
      else {
        const { own, gone } = await cursor.take(entry.path);
        dropGone(gone);
        known = own;
      }
      if (entry.kind === "missing" || read?.kind === "missing") {
        if (known) {
          batch.removedPaths.push(entry.path);
          if (known.articleId) {
            batch.removedArticles.push(known.articleId);
            report.removed++;
          }
          if (known.urlKey) freed.add(known.urlKey);
        }
      } else if (entry.kind === "skip") {
        await skip(entry.path, entry.reason, known);
      } else if (read === undefined) {
        report.unchanged++;
        if (known?.problem)
          logger.warn({ file: entry.path, reason: known.problem }, "skipped article file");
      } else if (read.kind === "skip") {
        await skip(entry.path, read.reason, known, entry);
      } else if (
        known &&
        known.contentHash === read.hash &&
        known.cleanerVersion === CLEANER_VERSION &&
        known.problem === null
      ) {
        report.unchanged++;
        batch.records.push({ ...known, size: read.size, mtimeMs: read.mtimeMs });
      } else {
        await importOne(entry.path, entry.name, read, known);
      }
      if (batch.articles.length >= perBatch || batch.records.length >= perBatch * 4) {
        await flush();
      }
    }
    // Whatever the ledger still holds under this folder is gone from it.
    if (cursor !== null) {
      for await (const gone of cursor.rest()) {
        dropGone(gone);
        if (batch.removedPaths.length >= perBatch * 4) await flush();
      }
    }
    await flush();
    return freed;

    async function importOne(
      file: string,
      name: string,
      read: Extract<SeedRead, { kind: "ok" }>,
      known: SeedFileRecord | undefined,
    ) {
      let entry: IndexedArticle;
      let urlKey: string;
      try {
        const raw = parseSeed(read.bytes, seedIdOf(name), file);
        urlKey = normalizeUrl(raw.url);
        const article = cleanArticle(raw, { origin: "seed", addedAt: Math.floor(read.mtimeMs) });
        entry = { article, contentHash: read.hash, cleanerVersion: CLEANER_VERSION, file };
      } catch (error) {
        const reason = isArticleFormatError(error) ? error.reason : String(error);
        await skip(file, reason, known, read);
        return;
      }
      // Two folders with the same file name give one id: the file of the first folder is kept.
      const ids = await sameIdHolders(index, entry.article.id, file, allRoots);
      if (ids.kept !== undefined) {
        await skip(file, ids.kept, known && { ...known, articleId: null }, read);
        return;
      }
      for (const { loser, reason } of ids.losers) {
        logger.warn({ file: loser.path, reason }, "skipped article file");
        batch.records.push({ ...loser, articleId: null, problem: reason });
        if (loser.urlKey) freed.add(loser.urlKey);
      }
      if (known?.urlKey && known.urlKey !== urlKey) freed.add(known.urlKey);
      // Of two files with one URL, the first path (in name order) is kept.
      const pending = pendingClaims.get(urlKey);
      const claims = (await index.seeds.claimsOf(urlKey)).filter(
        (claim) => claim.path !== file && claim.articleId !== null,
      );
      const winner = [pending, ...claims.map((claim) => claim.path)]
        .filter((claim): claim is string => claim !== undefined && claim < file)
        .sort()[0];
      if (winner !== undefined) {
        await skip(
          file,
          `${DUPLICATE} ${urlKey} is also in ${path.basename(winner)}, which is kept`,
          known,
          read,
          urlKey,
        );
        return;
      }
      for (const loser of claims) {
        batch.removedArticles.push(loser.articleId!);
        const reason = `${DUPLICATE} ${urlKey} is also in ${name}, which is kept`;
        logger.warn({ file: loser.path, reason }, "skipped article file");
        batch.records.push({ ...loser, articleId: null, problem: reason });
      }
      pendingClaims.set(urlKey, file);
      batch.articles.push(entry);
      batch.records.push({
        path: file,
        size: read.size,
        mtimeMs: read.mtimeMs,
        contentHash: read.hash,
        cleanerVersion: CLEANER_VERSION,
        articleId: entry.article.id,
        urlKey,
        problem: null,
      });
      if (known?.articleId) report.changed++;
      else report.added++;
    }
  }

  async function runLocked(only?: { root: string; names: readonly string[] }) {
    const report = emptyReport();
    const lease = await index.tryLock(LOCK_NAME, options.lockTtlMs ?? 30_000);
    if (!lease) {
      report.locked = true;
      return report;
    }
    // Many files to read: on a thread of its own (see seed-reader.ts); a few: through fs.promises.
    const reader = only && only.names.length < READER_THRESHOLD ? null : createSeedReader();
    freedIds.clear();
    try {
      const allRoots = await roots();
      const freed = new Set<string>();
      for (const root of allRoots) {
        if (only && path.resolve(only.root) !== root && only.root !== root) continue;
        const folderTime = only ? 0 : (await stat(root)).mtimeMs;
        const listed = only ? null : await listSeedNames(root);
        const names = listed ? listed.names : [...only!.names].sort(compareCodePoints);
        const prefix = root.endsWith(path.sep) ? root : root + path.sep;
        // The folder's ledger is read in pages beside the sorted names (never loaded whole).
        const ledger = only
          ? null
          : {
              cursor: createLedgerCursor(index.seeds, prefix, options.ledgerPageSize),
              empty: await isLedgerEmpty(index.seeds, prefix),
            };
        const bulk = ledger?.empty === true && names.length >= (options.bulkThreshold ?? 1000);
        if (bulk) await index.seeds.beginBulk();
        try {
          const gone = await reconcile(
            root,
            names,
            ledger,
            allRoots,
            report,
            listed?.irregular ?? null,
            reader,
          );
          for (const key of gone) freed.add(key);
        } finally {
          if (bulk) await index.seeds.endBulk();
        }
        if (!only) await index.seeds.stampFolder(root, folderTime);
        if (!lease.held()) throw new Error("lost the seed import lock");
      }
      if (!only) {
        // Files of a folder that is no longer one of the seed folders: their articles go.
        // (Asked of the index: the ledger of every folder is never loaded at once.)
        const stale = await index.seeds.listOutside(allRoots.map((root) => root + path.sep));
        if (stale.length > 0) {
          await index.seeds.apply({
            records: [],
            articles: [],
            removedPaths: stale.map((record) => record.path),
            removedArticles: stale.flatMap((record) =>
              record.articleId ? [record.articleId] : [],
            ),
          });
          report.removed += stale.filter((record) => record.articleId).length;
        }
      }
      const retry = await duplicatesToRetry(index, freed, freedIds, allRoots);
      freedIds.clear();
      for (const [root, names] of retry) {
        await reconcile(root, names, null, allRoots, report);
      }
      await index.seeds.markImported(now());
      return report;
    } finally {
      await reader?.close();
      await lease.release();
    }
  }

  return {
    roots,
    async unchanged() {
      for (const root of await roots()) {
        const recorded = await index.seeds.folderStamp(root);
        if (recorded === null || recorded !== (await stat(root)).mtimeMs) return false;
      }
      return true;
    },
    async idle() {
      await queue;
    },
    run(only) {
      const run = queue.then(() => runLocked(only));
      queue = run.catch(() => {});
      return run;
    },
  };
}
