/**
 * Copying the store from one place to another (`newsdesk store copy`): every durable namespace of
 * a source store file into the store a process uses (KEYV_URL), with each entry's remaining time to
 * live, never replacing what the target holds unless asked. Caches are not copied (rebuilt on use),
 * nor the quota counters (hourly, they expire). See docs/adr/0014-durable-sqlite-data.md.
 */
import { isStoreFailure } from "./failures.js";
import type { KeyValue } from "./key-value.js";
import { NAMESPACES } from "./namespaces.js";
import { CACHE_NAMESPACES } from "./sqlite-files.js";
import type { StoredRecord } from "./sqlite-store.js";

/** Where the entries come from (a store file opened read-only: `openSqliteRecords`). */
export interface RecordSource {
  readonly file: string;
  records(namespace: string, pageSize?: number): AsyncIterable<StoredRecord>;
}

/** The durable namespaces, in the order they are copied. */
export const COPIED_NAMESPACES: readonly string[] = Object.values(NAMESPACES).filter(
  (name) => !CACHE_NAMESPACES.has(name),
);

/** The caches: never copied, the target rebuilds them on use. */
export const CACHES_NOT_COPIED: readonly string[] = Object.values(NAMESPACES).filter((name) =>
  CACHE_NAMESPACES.has(name),
);

export interface NamespaceCounts {
  namespace: string;
  /** Written to the target, which did not hold the key (would be, with dryRun). */
  copied: number;
  /** The target held the key and `overwrite` replaced it. */
  replaced: number;
  /** The target held the key: left alone. */
  kept: number;
  /** Expired in the source: not copied. */
  expired: number;
  /** The target refused the key or value (listed in `refusals`). */
  refused: number;
}

export interface StoreCopyReport {
  source: string;
  dryRun: boolean;
  overwrite: boolean;
  copied: number;
  replaced: number;
  kept: number;
  expired: number;
  refused: number;
  namespaces: NamespaceCounts[];
  /** Namespaces not copied because they are caches. */
  cachesNotCopied: string[];
  /** The first `LISTED` entries the target refused, with why. */
  refusals: { namespace: string; key: string; detail: string }[];
}

export const LISTED = 100;

/** Store commands in flight at a time. */
const IN_FLIGHT = 16;

export interface StoreCopyOptions {
  dryRun?: boolean;
  /** Replace the keys the target already holds (default: keep them). */
  overwrite?: boolean;
  /** Entries read and written at a time (default 200): bounds memory for any source size. */
  pageSize?: number;
  /** The clock expiry is measured against (default Date.now). */
  now?: () => number;
}

type Outcome = "copied" | "replaced" | "kept";

/**
 * Copies every durable namespace of `source` into `target`. Idempotent: a key the target holds is
 * kept (or replaced with `overwrite`), so a second run copies nothing. An entry with an expiry gets
 * its remaining time in the target; an expired one is skipped. A failing target (an outage, not a
 * refused value) stops the copy with its error: what was written stays, a second run goes on.
 */
export async function copyStore(
  source: RecordSource,
  target: { namespace(name: string): KeyValue },
  options: StoreCopyOptions = {},
): Promise<StoreCopyReport> {
  const dryRun = options.dryRun ?? false;
  const overwrite = options.overwrite ?? false;
  const pageSize = Math.max(1, options.pageSize ?? 200);
  const now = options.now ?? Date.now;
  const report: StoreCopyReport = {
    source: source.file,
    dryRun,
    overwrite,
    copied: 0,
    replaced: 0,
    kept: 0,
    expired: 0,
    refused: 0,
    namespaces: [],
    cachesNotCopied: [...CACHES_NOT_COPIED],
    refusals: [],
  };

  for (const namespace of COPIED_NAMESPACES) {
    const counts: NamespaceCounts = {
      namespace,
      copied: 0,
      replaced: 0,
      kept: 0,
      expired: 0,
      refused: 0,
    };
    const kv = target.namespace(namespace);
    let batch: StoredRecord[] = [];
    for await (const record of source.records(namespace, pageSize)) {
      batch.push(record);
      if (batch.length >= pageSize) {
        await copyBatch(kv, batch, counts);
        batch = [];
      }
    }
    if (batch.length > 0) await copyBatch(kv, batch, counts);
    report.namespaces.push(counts);
    for (const what of ["copied", "replaced", "kept", "expired", "refused"] as const) {
      report[what] += counts[what];
    }
  }
  return report;

  async function copyOne(kv: KeyValue, record: StoredRecord, at: number): Promise<Outcome> {
    const there = await kv.get(record.key);
    if (there !== undefined && !overwrite) return "kept";
    if (!dryRun) {
      const ttlMs = record.expires === null ? undefined : record.expires - at;
      await kv.set(record.key, record.value, ttlMs);
    }
    return there === undefined ? "copied" : "replaced";
  }

  async function copyBatch(kv: KeyValue, batch: StoredRecord[], counts: NamespaceCounts) {
    const at = now();
    const live = batch.filter((record) => record.expires === null || record.expires > at);
    counts.expired += batch.length - live.length;
    // A few commands in flight at a time: Redis pipelines them; a SQLite target commits each one,
    // and a whole page queued at once would wait past the store timeout on a slow disk.
    for (let start = 0; start < live.length; start += IN_FLIGHT) {
      const chunk = live.slice(start, start + IN_FLIGHT);
      const results = await Promise.allSettled(chunk.map((record) => copyOne(kv, record, at)));
      let failure: unknown = null;
      results.forEach((result, i) => {
        if (result.status === "fulfilled") {
          counts[result.value] += 1;
        } else if (isStoreFailure(result.reason) || !(result.reason instanceof TypeError)) {
          failure ??= result.reason;
        } else {
          counts.refused += 1;
          if (report.refusals.length < LISTED) {
            const { key } = chunk[i]!;
            report.refusals.push({
              namespace: counts.namespace,
              key,
              detail: result.reason.message,
            });
          }
        }
      });
      if (failure !== null) throw failure;
    }
  }
}
