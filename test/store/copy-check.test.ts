import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";
import { warnIfStoreNotCopied } from "../../src/store/copy-check.js";
import { copyStore } from "../../src/store/copy-store.js";
import { openSqliteRecords } from "../../src/store/sqlite-store.js";
import { createStore, SQLITE_FILE_NAME, type Store } from "../../src/store/store.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

const root = mkdtempSync(path.join(tmpdir(), "newsdesk-store-check-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const warnings = (logger: ReturnType<typeof createMemoryLogger>) =>
  logger.records.filter((r) => r.level === "warn").map((r) => r.msg);

describe.skipIf(!REDIS_SERVER_BIN)("warnIfStoreNotCopied", () => {
  let redis: RedisServer | undefined;
  let dataDir = "";
  beforeAll(async () => {
    redis = await startRedis();
    dataDir = path.join(root, "data");
    const old = await createStore({ dataDir, logger: silentLogger });
    await old.namespace("settings").set("guild:1", { language: "de" });
    await old.namespace("feed-seen").set("feed:1:item", 1);
    await old.close();
  }, 30_000);
  afterAll(async () => {
    await redis?.stop();
  });

  it("warns while Redis lacks the old file's entries, and not once they are copied", async () => {
    const target: Store = await createStore({ url: redis!.url, logger: silentLogger });
    try {
      const before = createMemoryLogger();
      await warnIfStoreNotCopied({ store: target, dataDir, logger: before });
      expect(warnings(before)).toEqual([expect.stringContaining("run `newsdesk store copy`")]);
      expect(before.records[0]?.obj).toMatchObject({
        file: path.resolve(dataDir, SQLITE_FILE_NAME),
        namespaces: ["settings", "feed-seen"],
      });
      const reader = openSqliteRecords(path.join(dataDir, SQLITE_FILE_NAME));
      await copyStore(reader, target);
      reader.close();
      const after = createMemoryLogger();
      await warnIfStoreNotCopied({ store: target, dataDir, logger: after });
      expect(warnings(after)).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it("says nothing for a SQLite store or a data folder without the old file", async () => {
    const sqlite = await createStore({ dataDir, logger: silentLogger });
    const logger = createMemoryLogger();
    await warnIfStoreNotCopied({ store: sqlite, dataDir, logger });
    await sqlite.close();
    const target = await createStore({ url: redis!.url, logger: silentLogger });
    await warnIfStoreNotCopied({ store: target, dataDir: path.join(root, "none"), logger });
    await target.close();
    expect(logger.records).toEqual([]);
  });
});
