import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMemoryLogger } from "../../src/logger.js";
import {
  CACHES_NOT_COPIED,
  COPIED_NAMESPACES,
  copyStore,
  type RecordSource,
} from "../../src/store/copy-store.js";
import { isStoreFailure } from "../../src/store/failures.js";
import { openSqliteRecords, type StoredRecord } from "../../src/store/sqlite-store.js";
import { createStore, SQLITE_FILE_NAME } from "../../src/store/store.js";
import { REDIS_SERVER_BIN, startRedis } from "../support/redis.js";

const root = mkdtempSync(path.join(tmpdir(), "newsdesk-store-copy-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const HOUR = 3_600_000;
const SUBSCRIPTION = { channelId: "123456789012345678", schedule: "daily 08:00", paused: false };

/** A data folder whose store holds one entry in each durable namespace, one with a TTL, and a cache. */
async function oldStore(): Promise<string> {
  const dataDir = path.join(root, `old${n++}`);
  const store = await createStore({ dataDir, logger: createMemoryLogger() });
  await store.namespace("digests").set("sub:1", SUBSCRIPTION);
  await store.namespace("digests").set("delivery:1", { at: 1 }, HOUR);
  await store.namespace("settings").set("guild:1", { language: "de" });
  await store.namespace("feeds").set("feed:1", { url: "https://example.com/rss" });
  await store.namespace("feed-seen").set("feed:1:item-1", 1);
  await store.namespace("threads").set("thread:1", { articleId: "a" });
  await store.namespace("fetched-pages").set("page:1", { url: "https://example.com/p" });
  await store.namespace("summaries").set("s:1", { text: "cached" });
  await store.close();
  return path.join(dataDir, SQLITE_FILE_NAME);
}

async function recordsOf(file: string, namespace: string): Promise<StoredRecord[]> {
  const reader = openSqliteRecords(file);
  try {
    const all: StoredRecord[] = [];
    for await (const record of reader.records(namespace)) all.push(record);
    return all;
  } finally {
    reader.close();
  }
}

/** Entries as a list (a source the store file cannot hold: a key too long for the target). */
function listSource(records: Record<string, StoredRecord[]>): RecordSource {
  return {
    file: "list",
    async *records(namespace) {
      yield* records[namespace] ?? [];
    },
  };
}

describe("copyStore", () => {
  it("copies every durable namespace with its expiry, and nothing the second time", async () => {
    const file = await oldStore();
    const before = readFileSync(file);
    const [delivery] = await recordsOf(file, "digests").then((r) => r.filter((x) => x.expires));
    const targetFile = path.join(root, `new${n++}`, "store.sqlite");
    const target = await createStore({
      url: `sqlite://${targetFile}`,
      logger: createMemoryLogger(),
    });
    const source = openSqliteRecords(file);
    try {
      const first = await copyStore(source, target);
      expect(first).toMatchObject({ copied: 7, kept: 0, expired: 0, refused: 0 });
      expect(first.namespaces.map((c) => c.namespace)).toEqual(COPIED_NAMESPACES);
      expect(first.cachesNotCopied).toEqual(CACHES_NOT_COPIED);
      expect(await target.namespace("digests").get("sub:1")).toEqual(SUBSCRIPTION);
      expect(await target.namespace("feed-seen").get("feed:1:item-1")).toBe(1);
      expect(await target.namespace("summaries").get("s:1")).toBeUndefined();
      const second = await copyStore(source, target);
      expect(second).toMatchObject({ copied: 0, kept: 7 });
    } finally {
      source.close();
      await target.close();
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    const copied = (await recordsOf(targetFile, "digests")).find((r) => r.key === "delivery:1");
    // The remaining time was given again, so the expiry moved only by the time the copy took.
    expect(copied?.expires).toBeGreaterThanOrEqual(delivery!.expires!);
    expect(copied!.expires! - delivery!.expires!).toBeLessThan(60_000);
  });

  it("skips expired entries, and writes nothing on a dry run", async () => {
    const file = await oldStore();
    const target = await createStore({ url: "memory://", logger: createMemoryLogger() });
    const source = openSqliteRecords(file);
    try {
      const later = () => Date.now() + 2 * HOUR;
      const dry = await copyStore(source, target, { dryRun: true, now: later });
      expect(dry).toMatchObject({ copied: 6, expired: 1, dryRun: true });
      expect(await target.namespace("digests").get("sub:1")).toBeUndefined();
      const real = await copyStore(source, target, { now: later });
      expect(real.namespaces.find((c) => c.namespace === "digests")).toMatchObject({
        copied: 1,
        expired: 1,
      });
      expect(await target.namespace("digests").get("delivery:1")).toBeUndefined();
    } finally {
      source.close();
      await target.close();
    }
  });

  it("keeps what the target holds unless told to overwrite it", async () => {
    const file = await oldStore();
    const target = await createStore({ url: "memory://", logger: createMemoryLogger() });
    await target.namespace("settings").set("guild:1", { language: "fr" });
    const source = openSqliteRecords(file);
    try {
      const kept = await copyStore(source, target);
      expect(kept).toMatchObject({ copied: 6, kept: 1, replaced: 0 });
      expect(await target.namespace("settings").get("guild:1")).toEqual({ language: "fr" });
      const replaced = await copyStore(source, target, { overwrite: true });
      expect(replaced).toMatchObject({ copied: 0, kept: 0, replaced: 7 });
      expect(await target.namespace("settings").get("guild:1")).toEqual({ language: "de" });
    } finally {
      source.close();
      await target.close();
    }
  });

  it("counts and lists an entry the target refuses, and copies the others", async () => {
    const target = await createStore({ url: "memory://", logger: createMemoryLogger() });
    const long = "k".repeat(300);
    const report = await copyStore(
      listSource({
        threads: [
          { key: long, value: 1, expires: null },
          { key: "ok", value: 2, expires: null },
        ],
      }),
      target,
    );
    expect(report).toMatchObject({ copied: 1, refused: 1 });
    expect(report.refusals).toEqual([
      { namespace: "threads", key: long, detail: expect.stringContaining("Invalid store key") },
    ]);
    expect(await target.namespace("threads").get("ok")).toBe(2);
    await target.close();
  });

  it.skipIf(!REDIS_SERVER_BIN)(
    "stops with the store failure when the target goes away",
    async () => {
      const redis = await startRedis();
      const target = await createStore({
        url: redis.url,
        logger: createMemoryLogger(),
        timeoutMs: 5_000,
      });
      await redis.stop();
      const feeds = Array.from({ length: 5 }, (_, i) => ({
        key: `f${i}`,
        value: i,
        expires: null,
      }));
      try {
        const error = await copyStore(listSource({ feeds }), target).catch((e: unknown) => e);
        expect(isStoreFailure(error)).toBe(true);
      } finally {
        await target.close();
      }
    },
    30_000,
  );
});
