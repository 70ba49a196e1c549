/**
 * The warning at start that the store was moved without its data: with KEYV_URL=redis://…, when the
 * SQLite file used before (DATA_DIR/newsdesk.sqlite) holds durable entries of which Redis has none,
 * every server's subscriptions, settings and feeds are behind in it (`newsdesk store copy`).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../logger.js";
import { COPIED_NAMESPACES } from "./copy-store.js";
import { openSqliteRecords, type SqliteRecordReader } from "./sqlite-store.js";
import { SQLITE_FILE_NAME, type Store } from "./store.js";

/** Live entries sampled from each durable namespace of the old file. */
const SAMPLE = 5;

/**
 * Warns (once, never throws) when `store` is Redis and none of a sample of the old SQLite file's
 * live entries is in it. One of them present means the copy was made (or the data started over).
 */
export async function warnIfStoreNotCopied(options: {
  store: Pick<Store, "kind" | "namespace">;
  dataDir: string;
  logger: Logger;
  now?: () => number;
}): Promise<void> {
  const file = path.resolve(options.dataDir, SQLITE_FILE_NAME);
  if (options.store.kind !== "redis" || !existsSync(file)) return;
  let reader: SqliteRecordReader | undefined;
  try {
    reader = openSqliteRecords(file);
    const now = (options.now ?? Date.now)();
    const sample: { namespace: string; key: string }[] = [];
    for (const namespace of COPIED_NAMESPACES) {
      let taken = 0;
      for await (const record of reader.records(namespace, SAMPLE)) {
        if (record.expires !== null && record.expires <= now) continue;
        sample.push({ namespace, key: record.key });
        if (++taken >= SAMPLE) break;
      }
    }
    reader.close();
    reader = undefined;
    if (sample.length === 0) return;
    const found = await Promise.all(
      sample.map(({ namespace, key }) => options.store.namespace(namespace).get(key)),
    );
    if (found.some((value) => value !== undefined)) return;
    const namespaces = [...new Set(sample.map((s) => s.namespace))];
    options.logger.warn(
      { file, namespaces },
      "the SQLite store used before KEYV_URL holds subscriptions, settings or feeds that Redis does not: run `newsdesk store copy` once to bring them over",
    );
  } catch (error) {
    options.logger.debug({ err: error, file }, "could not look into the old SQLite store");
  } finally {
    reader?.close();
  }
}
