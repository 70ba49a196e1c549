import type { Logger } from "../logger.js";
import { CLEANER_VERSION } from "./clean.js";
import type { ArticleIndex, SeedFileRecord } from "./index-port.js";
import { createSeedBatchWriter } from "./seed-batch.js";
import { createSeedClassifier, type Looked } from "./seed-classify.js";
import { readSeedEntry } from "./seed-files.js";
import { importSeedFile } from "./seed-import-file.js";
import type { LedgerCursor } from "./seed-ledger-cursor.js";
import type { SeedReader } from "./seed-reader.js";
import type { ImportReport } from "./seed-report.js";

/** Article text per batch at most, unless the ledger asks for less (`SeedLedger.batchChars`). */
export const BATCH_CHARS = 8_000_000;

export interface SeedReconcile {
  index: ArticleIndex;
  logger: Logger;
  /** The seed folders, resolved, in order of precedence. */
  allRoots: readonly string[];
  report: ImportReport;
  /** Article ids removed during the current run (their same-name files elsewhere get a retry). */
  freedIds: Set<string>;
  /** Files inspected and read at once. */
  concurrency: number;
  /** Articles written per transaction, as configured (undefined: 200, or 1000 for a first import). */
  batchSize: number | undefined;
}

/**
 * Reconciles `names` in `root` against the folder's ledger; with a `ledger` cursor (a full run:
 * `names` is every file, in code point order) also removes what is gone. Returns the URL keys
 * whose article went (their duplicates elsewhere get a retry).
 */
export async function reconcileSeedFolder(
  context: SeedReconcile,
  root: string,
  names: readonly string[],
  ledger: { cursor: LedgerCursor; empty: boolean } | null,
  /** Names the listing did not show as regular files (null: no listing, lstat every name). */
  irregular: ReadonlySet<string> | null = null,
  reader: SeedReader | null = null,
): Promise<Set<string>> {
  const { index, logger, allRoots, report, concurrency } = context;
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
  const perBatch = context.batchSize ?? (first ? 1000 : 200);
  // Bounded by text too: a thousand articles of 5 MB would not fit in memory.
  const perBatchChars = index.seeds.batchChars ?? BATCH_CHARS;
  const writer = createSeedBatchWriter({
    seeds: index.seeds,
    logger,
    report,
    freedIds: context.freedIds,
  });
  const { look } = createSeedClassifier({
    root,
    allRoots,
    seeds: index.seeds,
    cursor,
    irregular,
    readFile,
  });

  // Inspect and read a window ahead; apply strictly in name order.
  const window: Promise<Looked>[] = [];
  let next = 0;
  const fill = () => {
    while (window.length < ahead && next < names.length) window.push(look(names[next++]!));
  };
  fill();
  try {
    while (window.length > 0) {
      const { entry, read } = await window.shift()!;
      if (window.length < refillBelow) fill();
      let known: SeedFileRecord | undefined;
      if (cursor === null) known = await index.seeds.get(entry.path);
      else {
        const { own, gone } = await cursor.take(entry.path);
        writer.dropGone(gone);
        known = own;
      }
      if (entry.kind === "missing" || read?.kind === "missing") {
        if (known) writer.remove(entry.path, known);
      } else if (entry.kind === "skip") {
        await writer.skip(entry.path, entry.reason, known);
      } else if (read === undefined) {
        report.unchanged++;
        if (known?.problem)
          logger.warn({ file: entry.path, reason: known.problem }, "skipped article file");
      } else if (read.kind === "skip") {
        await writer.skip(entry.path, read.reason, known, entry);
      } else if (
        known &&
        known.contentHash === read.hash &&
        known.cleanerVersion === CLEANER_VERSION &&
        known.problem === null
      ) {
        report.unchanged++;
        writer.batch.records.push({ ...known, size: read.size, mtimeMs: read.mtimeMs });
      } else {
        await importSeedFile(
          { index, logger, allRoots, report, writer },
          entry.path,
          entry.name,
          read,
          known,
        );
      }
      const pause = writer.yieldToWrite();
      if (pause) await pause;
      if (
        writer.batch.articles.length >= perBatch ||
        writer.batch.records.length >= perBatch * 4 ||
        writer.textChars >= perBatchChars
      ) {
        await writer.flush();
      }
    }
    // Whatever the ledger still holds under this folder is gone from it.
    if (cursor !== null) {
      for await (const gone of cursor.rest()) {
        writer.dropGone(gone);
        if (writer.batch.removedPaths.length >= perBatch * 4) await writer.flush();
      }
    }
    await writer.finish();
  } finally {
    // After a failure: nothing is left being written when this returns.
    await writer.drain();
  }
  return writer.freed;
}
