import type { Logger } from "../logger.js";
import { CLEANER_VERSION } from "./clean.js";
import type { IndexedArticle, SeedBatch, SeedFileRecord, SeedLedger } from "./index-port.js";
import type { ImportReport } from "./seed-report.js";

/**
 * The batch a folder's reconcile is building: ledger rows, articles and removals that are written
 * together, one transaction (`SeedLedger.apply`), so a crash leaves the index consistent and the
 * next run resumes where this one stopped. Everything is pushed in the order of the writes.
 */
export interface PendingSeedBatch {
  records: SeedFileRecord[];
  articles: IndexedArticle[];
  removedPaths: string[];
  removedArticles: string[];
}

export interface SeedBatchWriter {
  /** The batch under construction (a new one after each flush). */
  readonly batch: PendingSeedBatch;
  /** Characters of article text (and titles) in the batch under construction. */
  readonly textChars: number;
  /** URL claims written in this batch (not visible to `claimsOf` yet). */
  readonly pendingClaims: Map<string, string>;
  /** URL keys an article of this folder no longer holds (their duplicates elsewhere get a retry). */
  readonly freed: Set<string>;
  /**
   * Sends the batch to be written, if anything is in it, and starts a new one. At most one batch
   * is being written: this first waits for the previous one (and throws if it failed), but not
   * for this one, so the next batch is read and cleaned while this one commits. The ledger's
   * reads wait for the batch being written (`SeedLedger`).
   */
  flush(): Promise<void>;
  /** Flushes, then waits until every batch sent is written (throws if one failed). */
  finish(): Promise<void>;
  /** Waits for the batch being written, if any, logging its failure (after another error). */
  drain(): Promise<void>;
  /**
   * While a batch is being written: one turn of the event loop, so that its statements, each
   * sent when the last one's answer is read, go on between two files instead of waiting until
   * the importer next waits for a read. Call it after each file.
   */
  yieldToWrite(): Promise<void> | undefined;
  /** The file is gone: its ledger row and its article go. */
  remove(file: string, known: SeedFileRecord): void;
  /** Records of files gone from the folder: their articles go. */
  dropGone(gone: readonly SeedFileRecord[]): void;
  /** Counts and logs a skipped file, and records its problem unless it is already recorded. */
  skip(
    file: string,
    reason: string,
    known: SeedFileRecord | undefined,
    seen?: { size: number; mtimeMs: number },
    urlKey?: string | null,
  ): Promise<void>;
}

export interface SeedBatchWriterOptions {
  seeds: Pick<SeedLedger, "apply">;
  logger: Logger;
  report: ImportReport;
  /** Article ids removed during the current run (their same-name files elsewhere get a retry). */
  freedIds: Set<string>;
}

/** The ledger row of a file that gives no article (`problem` says why). */
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

function emptyBatch(): PendingSeedBatch {
  return { records: [], articles: [], removedPaths: [], removedArticles: [] };
}

export function createSeedBatchWriter(options: SeedBatchWriterOptions): SeedBatchWriter {
  const { seeds, logger, report, freedIds } = options;
  const freed = new Set<string>();
  let batch = emptyBatch();
  /** URL claims written in this batch (not visible to `claimsOf` yet). */
  let pendingClaims = new Map<string, string>();
  /** Articles of the batch counted in `chars` so far (they are only ever appended). */
  let counted = 0;
  let chars = 0;
  /** The batch being written (its failure is handled by `flush`, `finish` or `drain`). */
  let writing: Promise<void> | null = null;
  /** The batch sent last, until it is committed or has failed. */
  let latest: Promise<void> | null = null;
  const written = async () => {
    const previous = writing;
    writing = null;
    await previous;
  };

  const remove = (file: string, known: SeedFileRecord) => {
    batch.removedPaths.push(file);
    if (known.articleId) {
      batch.removedArticles.push(known.articleId);
      report.removed++;
    }
    if (known.urlKey) freed.add(known.urlKey);
  };

  const flush = async () => {
    const size =
      batch.records.length +
      batch.articles.length +
      batch.removedPaths.length +
      batch.removedArticles.length;
    if (size === 0) return;
    const done: SeedBatch = batch;
    for (const id of done.removedArticles) freedIds.add(id);
    batch = emptyBatch();
    pendingClaims = new Map();
    counted = 0;
    chars = 0;
    // No await when nothing is being written: the batch goes at once, as it always did (SQLite
    // writes it before `apply` returns).
    if (writing) await written();
    const sent = seeds.apply(done);
    writing = sent;
    latest = sent;
    const idle = () => {
      if (latest === sent) latest = null;
    };
    sent.then(idle, idle);
  };

  return {
    get batch() {
      return batch;
    },
    get textChars() {
      for (; counted < batch.articles.length; counted++) {
        const { article } = batch.articles[counted]!;
        chars += article.title.length + article.text.length;
      }
      return chars;
    },
    get pendingClaims() {
      return pendingClaims;
    },
    freed,
    flush,
    async finish() {
      await flush();
      await written();
    },
    yieldToWrite() {
      return latest ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined;
    },
    async drain() {
      await written().catch((error: unknown) => {
        logger.error({ err: error }, "a batch of seed files was not written");
      });
    },
    remove,
    dropGone(gone) {
      for (const known of gone) remove(known.path, known);
    },
    async skip(file, reason, known, seen, urlKey = null) {
      report.skipped++;
      logger.warn({ file, reason }, "skipped article file");
      if (known?.problem === reason && known.size === (seen?.size ?? -1)) return;
      if (known?.articleId) {
        batch.removedArticles.push(known.articleId);
        if (known.urlKey) freed.add(known.urlKey);
      }
      batch.records.push(problemRecord(file, reason, seen, urlKey));
    },
  };
}
