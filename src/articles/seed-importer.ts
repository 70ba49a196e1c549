import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../logger.js";
import type { ArticleIndex } from "./index-port.js";
import { duplicatesToRetry } from "./seed-duplicates.js";
import { compareCodePoints, listSeedNames } from "./seed-files.js";
import { createLedgerCursor, isLedgerEmpty } from "./seed-ledger-cursor.js";
import { createSeedReader } from "./seed-reader.js";
import { reconcileSeedFolder, type SeedReconcile } from "./seed-reconcile.js";
import { emptyReport, type ImportReport } from "./seed-report.js";

export type { ImportReport } from "./seed-report.js";

/**
 * The seed importer: reconciles the seed folders with the index by path, size, modification time
 * and content hash. New and changed files are read, parsed, cleaned and written; removed ones are
 * dropped; unchanged ones are not even opened. A change of the cleaner's version cleans every file
 * again. Writes go in batches, each one transaction with its ledger rows, so a crash leaves the
 * index consistent and the next run resumes where this one stopped. One importer at a time across
 * processes (a lease in the index), and one run at a time in a process.
 */

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

/** Files of a folder that is no longer one of the seed folders: their articles go. */
async function removeOutsideFolders(
  index: ArticleIndex,
  allRoots: readonly string[],
  report: ImportReport,
): Promise<void> {
  // (Asked of the index: the ledger of every folder is never loaded at once.)
  const stale = await index.seeds.listOutside(allRoots.map((root) => root + path.sep));
  if (stale.length > 0) {
    await index.seeds.apply({
      records: [],
      articles: [],
      removedPaths: stale.map((record) => record.path),
      removedArticles: stale.flatMap((record) => (record.articleId ? [record.articleId] : [])),
    });
    report.removed += stale.filter((record) => record.articleId).length;
  }
}

export function createSeedImporter(options: SeedImporterOptions): SeedImporter {
  const { index, logger } = options;
  const now = options.now ?? Date.now;
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
      const context: SeedReconcile = {
        index,
        logger,
        allRoots,
        report,
        freedIds,
        concurrency,
        batchSize: options.batchSize,
      };
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
          const gone = await reconcileSeedFolder(
            context,
            root,
            names,
            ledger,
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
      if (!only) await removeOutsideFolders(index, allRoots, report);
      const retry = await duplicatesToRetry(index, freed, freedIds, allRoots);
      freedIds.clear();
      for (const [root, names] of retry) {
        await reconcileSeedFolder(context, root, names, null);
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
