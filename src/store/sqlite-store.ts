/**
 * The SQLite store: durable namespaces in one file, caches in another (src/store/sqlite-files.ts,
 * docs/adr/0014-durable-sqlite-data.md). The durable file is snapshotted after writes; when SQLite
 * reports a damaged file while running, every connection is closed, the files are repaired (durable:
 * newest sound snapshot; cache: rebuilt empty) and reopened, and the command that met the damage
 * fails with the plain store message.
 */
import KeyvSqlite from "@keyv/sqlite";
import Database from "better-sqlite3";
import Keyv from "keyv";
import type { Logger } from "../logger.js";
import { isCorruptionError } from "./failures.js";
import type { KeyValue } from "./key-value.js";
import { createSqliteQuotaStore, type QuotaStore } from "./quota.js";
import {
  CACHE_NAMESPACES,
  repairSqliteFiles,
  type SqliteFiles,
  sqliteFilesFor,
  takeSnapshot,
} from "./sqlite-files.js";

export interface SqliteStoreParts {
  namespace(name: string): KeyValue;
  quota: QuotaStore;
  close(): Promise<void>;
}

/** Waits this long after a durable write before snapshotting, so a burst of writes makes one copy. */
export const SNAPSHOT_DEBOUNCE_MS = 5_000;

export function openSqliteStore(
  file: string,
  options: {
    logger: Logger;
    wrap: (keyv: Keyv) => KeyValue;
    onError: (error: unknown) => void;
    now?: () => number;
  },
): SqliteStoreParts {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const inMemory = file === ":memory:";
  const files: SqliteFiles | null = inMemory ? null : sqliteFilesFor(file);
  if (files) {
    repairSqliteFiles(files, logger, now());
    snapshot();
  }

  const adapters = new Map<string, KeyvSqlite>();
  const views = new Map<string, KeyValue>();
  let quota: QuotaStore | null = null;
  let recovering: Promise<void> | null = null;
  let snapshotTimer: NodeJS.Timeout | null = null;
  let closed = false;

  function snapshot(): void {
    if (!files) return;
    try {
      takeSnapshot(files, now());
    } catch (error) {
      logger.warn({ err: error, file: files.durable }, "could not snapshot the data file");
    }
  }

  function scheduleSnapshot(): void {
    if (!files || snapshotTimer || closed) return;
    snapshotTimer = setTimeout(() => {
      snapshotTimer = null;
      snapshot();
    }, SNAPSHOT_DEBOUNCE_MS);
    snapshotTimer.unref();
  }

  function fileOf(name: string): string {
    if (!files) return ":memory:";
    return CACHE_NAMESPACES.has(name) ? files.cache : files.durable;
  }

  function view(name: string): KeyValue {
    let current = views.get(name);
    if (!current) {
      // One adapter (connection) per namespace: Keyv writes its namespace onto the adapter, so
      // sharing one adapter between namespaces would mix their iterators.
      const adapter = new KeyvSqlite({ uri: `sqlite://${fileOf(name)}`, busyTimeout: 5_000 });
      adapters.set(name, adapter);
      const keyv = new Keyv({ store: adapter, namespace: name, throwOnErrors: true });
      keyv.on("error", options.onError);
      current = options.wrap(keyv);
      views.set(name, current);
    }
    return current;
  }

  async function recover(error: unknown): Promise<void> {
    if (!files || closed) return;
    recovering ??= (async () => {
      logger.error({ err: error, files }, "an SQLite store file is damaged; repairing it");
      const open = [...adapters.values()];
      adapters.clear();
      views.clear();
      await Promise.all(open.map((a) => a.disconnect().catch(() => undefined)));
      quota?.close().catch(() => undefined);
      quota = null;
      repairSqliteFiles(files, logger, now());
    })().finally(() => {
      recovering = null;
    });
    await recovering;
  }

  /** Runs a command on the current connection; on damage, repairs and rethrows. */
  async function run<T>(name: string, command: (kv: KeyValue) => Promise<T>): Promise<T> {
    if (recovering) await recovering;
    try {
      return await command(view(name));
    } catch (error) {
      if (isCorruptionError(error)) await recover(error);
      throw error;
    }
  }

  function currentQuota(): QuotaStore {
    quota ??= files
      ? createSqliteQuotaStore(files.cache, 5_000)
      : createSqliteQuotaStore(":memory:", 5_000);
    return quota;
  }

  async function quotaRun<T>(command: (q: QuotaStore) => Promise<T>): Promise<T> {
    if (recovering) await recovering;
    try {
      return await command(currentQuota());
    } catch (error) {
      if (isCorruptionError(error)) await recover(error);
      throw error;
    }
  }

  return {
    namespace(name) {
      const durable = !!files && !CACHE_NAMESPACES.has(name);
      const written = <T>(result: T): T => {
        if (durable) scheduleSnapshot();
        return result;
      };
      return {
        get: (key) => run(name, (kv) => kv.get(key)),
        set: (key, value, ttlMs) => run(name, (kv) => kv.set(key, value, ttlMs)).then(written),
        delete: (key) => run(name, (kv) => kv.delete(key)).then(written),
        async *entries() {
          if (recovering) await recovering;
          try {
            yield* view(name).entries();
          } catch (error) {
            if (isCorruptionError(error)) await recover(error);
            throw error;
          }
        },
      };
    },
    quota: {
      take: (rules, cost, t) => quotaRun((q) => q.take(rules, cost, t)),
      peek: (rules, cost, t) => quotaRun((q) => q.peek(rules, cost, t)),
      giveBack: (keys, cost, t) => quotaRun((q) => q.giveBack(keys, cost, t)),
      close: async () => {},
    },
    async close() {
      closed = true;
      if (snapshotTimer) {
        clearTimeout(snapshotTimer);
        snapshotTimer = null;
        snapshot();
      }
      const open = [...adapters.values()];
      adapters.clear();
      views.clear();
      await Promise.all(open.map((adapter) => adapter.disconnect()));
      await quota?.close();
      quota = null;
    },
  };
}

/** One entry as the store file holds it: the value and when it expires (epoch ms), or null. */
export interface StoredRecord {
  key: string;
  value: unknown;
  expires: number | null;
}

/** A store file opened read-only, for copying it elsewhere (`newsdesk store copy`). */
export interface SqliteRecordReader {
  readonly file: string;
  /** Every entry of `namespace`, expired ones too, by key, `pageSize` rows read at a time. */
  records(namespace: string, pageSize?: number): AsyncIterable<StoredRecord>;
  close(): void;
}

/**
 * Opens a store file read-only (it is never written, not even repaired or snapshotted) and reads
 * its entries with their expiry, which `KeyValue.entries()` hides. Keyv keeps each entry as the row
 * `<namespace>:<key>` → `{ value, expires }` in its `keyv` table; rows are read by key range, page
 * by page, so memory stays bounded. Throws when the file is missing, not SQLite, or has no store.
 */
export function openSqliteRecords(file: string): SqliteRecordReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'keyv'")
      .get();
    if (!table) throw new Error("it holds no store entries (no keyv table)");
  } catch (error) {
    db.close();
    throw error;
  }
  const page = db.prepare<[string, string, number], { key: string; value: string | null }>(
    "SELECT key, value FROM keyv WHERE key > ? AND key < ? ORDER BY key LIMIT ?",
  );
  // Keyv's own decoding (JSON with its buffer and bigint markers), as the store reads it.
  const deserialize = new Keyv().deserialize;
  if (!deserialize) {
    db.close();
    throw new Error("keyv has no deserializer");
  }
  return {
    file,
    async *records(namespace, pageSize = 500) {
      // Namespace names have no ':' or ';' (checkNamespace), so this range is exactly the namespace.
      const prefix = `${namespace}:`;
      const end = `${namespace};`;
      const size = Math.max(1, pageSize);
      let after = prefix;
      for (;;) {
        const rows = page.all(after, end, size);
        for (const row of rows) {
          const data = row.value === null ? undefined : await deserialize<unknown>(row.value);
          if (data === undefined || data.value === undefined) continue;
          const expires = typeof data.expires === "number" ? data.expires : null;
          yield { key: row.key.slice(prefix.length), value: data.value, expires };
        }
        const last = rows.at(-1);
        if (!last || rows.length < size) return;
        after = last.key;
      }
    },
    close: () => db.close(),
  };
}
