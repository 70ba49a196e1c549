import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { isUserError } from "../../src/errors.js";
import { createMemoryLogger } from "../../src/logger.js";
import { isStoreFailure } from "../../src/store/failures.js";
import { checkSqliteFile, sqliteFilesFor, takeSnapshot } from "../../src/store/sqlite-files.js";
import { openSqliteRecords, type StoredRecord } from "../../src/store/sqlite-store.js";
import { createStore, SQLITE_FILE_NAME } from "../../src/store/store.js";

const root = mkdtempSync(path.join(tmpdir(), "newsdesk-sqlite-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function freshDir(): string {
  const dir = path.join(root, `d${n++}`);
  return dir;
}

const GARBAGE = Buffer.alloc(8192, "this is not an SQLite database, it was overwritten ");

const SUBSCRIPTION = { channelId: "123456789012345678", schedule: "daily 08:00", paused: false };

describe("createStore (SQLite files)", () => {
  it("keeps the caches and the durable data in separate files", async () => {
    const dataDir = freshDir();
    const store = await createStore({ dataDir, logger: createMemoryLogger() });
    await store.namespace("digests").set("sub:1", SUBSCRIPTION);
    await store.namespace("summaries").set("s", { text: "x" });
    await store.close();
    const files = sqliteFilesFor(path.join(dataDir, SQLITE_FILE_NAME));
    expect(existsSync(files.durable)).toBe(true);
    expect(existsSync(files.cache)).toBe(true);
    expect(readdirSync(files.snapshots).length).toBeGreaterThan(0);
  });

  it("restores subscriptions from the newest snapshot when the data file is not a database at start", async () => {
    const dataDir = freshDir();
    const logger = createMemoryLogger();
    const first = await createStore({ dataDir, logger });
    await first.namespace("digests").set("sub:1", SUBSCRIPTION);
    await first.namespace("digests").set("delivered:1", [1, 2, 3]);
    await first.close(); // snapshots what was written
    const files = sqliteFilesFor(path.join(dataDir, SQLITE_FILE_NAME));
    writeFileSync(files.durable, GARBAGE);
    expect(checkSqliteFile(files.durable)).toMatch(/SQLITE_NOTADB/);

    const second = await createStore({ dataDir, logger });
    expect(await second.namespace("digests").get("sub:1")).toEqual(SUBSCRIPTION);
    expect(await second.namespace("digests").get("delivered:1")).toEqual([1, 2, 3]);
    await second.close();
    const restored = logger.records.find((e) => /restored/.test(String(e.msg)));
    expect(restored?.msg).toContain(files.durable);
    expect(readdirSync(dataDir).some((f) => f.startsWith(`${SQLITE_FILE_NAME}.corrupt-`))).toBe(
      true,
    );
  });

  it("moves a damaged cache aside with a warning naming it and starts an empty cache", async () => {
    const dataDir = freshDir();
    const logger = createMemoryLogger();
    const first = await createStore({ dataDir, logger });
    await first.namespace("summaries").set("s", { text: "x" });
    await first.namespace("digests").set("sub:1", SUBSCRIPTION);
    await first.close();
    const files = sqliteFilesFor(path.join(dataDir, SQLITE_FILE_NAME));
    writeFileSync(files.cache, GARBAGE);

    const second = await createStore({ dataDir, logger });
    expect(await second.namespace("summaries").get("s")).toBeUndefined();
    await second.namespace("summaries").set("s", { text: "y" });
    expect(await second.namespace("digests").get("sub:1")).toEqual(SUBSCRIPTION);
    await second.close();
    const warning = logger.records.find(
      (e) => e.level === "warn" && /cache file/.test(String(e.msg)),
    );
    expect(warning?.msg).toContain(files.cache);
  });

  it("repairs a data file overwritten while running: the command fails plainly, the next sees the snapshot", async () => {
    const dataDir = freshDir();
    const logger = createMemoryLogger();
    const store = await createStore({ dataDir, logger });
    const digests = store.namespace("digests");
    await digests.set("sub:1", SUBSCRIPTION);
    const files = sqliteFilesFor(path.join(dataDir, SQLITE_FILE_NAME));
    takeSnapshot(files, Date.now());
    writeFileSync(files.durable, GARBAGE);

    const error = await digests.get("sub:1").then(
      () => null,
      (e: unknown) => e,
    );
    // SQLite may still serve the page from its cache; if it notices, the answer is the plain message.
    if (error !== null) {
      expect(isUserError(error)).toBe(true);
      expect(isStoreFailure(error)).toBe(true);
    }
    await digests.set("sub:2", SUBSCRIPTION).catch(() => undefined);
    expect(await digests.get("sub:1")).toEqual(SUBSCRIPTION);
    await store.close();
    expect(checkSqliteFile(files.durable)).toBeNull();
  });
});

describe("openSqliteRecords", () => {
  it("reads one namespace's entries with their expiry, page by page, without the neighbours'", async () => {
    const dataDir = freshDir();
    const store = await createStore({ dataDir, logger: createMemoryLogger() });
    for (let i = 0; i < 5; i++) await store.namespace("feeds").set(`feed:${i}`, { i });
    await store.namespace("feeds").set("feed:ttl", { i: -1 }, 60_000);
    await store.namespace("feed-seen").set("feed:0:x", 1);
    await store.close();
    const reader = openSqliteRecords(path.join(dataDir, SQLITE_FILE_NAME));
    try {
      const read: StoredRecord[] = [];
      for await (const record of reader.records("feeds", 2)) read.push(record);
      expect(read.map((r) => r.key)).toEqual([
        "feed:0",
        "feed:1",
        "feed:2",
        "feed:3",
        "feed:4",
        "feed:ttl",
      ]);
      expect(read[0]).toEqual({ key: "feed:0", value: { i: 0 }, expires: null });
      expect(read[5]?.expires).toBeGreaterThan(Date.now());
    } finally {
      reader.close();
    }
  });

  it("refuses a missing file and a file that holds no store", () => {
    const dir = freshDir();
    expect(() => openSqliteRecords(path.join(dir, "none.sqlite"))).toThrow();
    mkdirSync(dir, { recursive: true });
    const other = path.join(dir, "other.sqlite");
    const db = new Database(other);
    db.exec("CREATE TABLE articles (id TEXT)");
    db.close();
    expect(() => openSqliteRecords(other)).toThrow(/no keyv table/);
    const garbage = path.join(dir, "garbage.sqlite");
    writeFileSync(garbage, GARBAGE);
    expect(() => openSqliteRecords(garbage)).toThrow();
  });
});
