import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  describeStoreUrl,
  formatStoreCopyReport,
  storeSourcePath,
} from "../../src/cli/store-cmd.js";
import { silentLogger } from "../../src/logger.js";
import { createStore, SQLITE_FILE_NAME } from "../../src/store/store.js";
import { runNewsdeskInProcess } from "../support/cli.js";
import { freePort, REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

const HOUR = 3_600_000;
/** More than a page (200), so that the copy reads several. */
const SEEN = 250;
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The data folder of a bot that ran without KEYV_URL: every durable namespace, a TTL, a cache. */
async function oldDeployment(): Promise<{ dataDir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-store-cli-"));
  dirs.push(dir);
  const dataDir = path.join(dir, "data");
  const store = await createStore({ dataDir, logger: silentLogger });
  await store.namespace("digests").set("sub:1", { channelId: "1", schedule: "daily 08:00" });
  await store.namespace("digests").set("delivery:1", { at: 1 }, HOUR);
  await store.namespace("settings").set("guild:1", { language: "de" });
  await store.namespace("feeds").set("feed:1", { url: "https://example.com/rss" });
  const seen = store.namespace("feed-seen");
  for (let i = 0; i < SEEN; i += 25) {
    await Promise.all(Array.from({ length: 25 }, (_, j) => seen.set(`feed:1:item-${i + j}`, 1)));
  }
  await store.namespace("threads").set("thread:1", { articleId: "a" });
  await store.namespace("fetched-pages").set("page:1", { url: "https://example.com/p" });
  await store.namespace("summaries").set("s:1", { text: "cached" });
  await store.close();
  return { dataDir, file: path.join(dataDir, SQLITE_FILE_NAME) };
}

function newsdesk(env: Record<string, string>, ...args: string[]) {
  return runNewsdeskInProcess(env, args);
}

const ALL = 7 + SEEN - 1;

describe("registerStoreCommand", () => {
  it("copies the store from one SQLite file to another, once, leaving the source as it was", async () => {
    const { dataDir, file } = await oldDeployment();
    const before = await readFile(file);
    const target = path.join(dataDir, "..", "new", "store.sqlite");
    const env = { DATA_DIR: dataDir, KEYV_URL: `sqlite://${target}` };
    const dry = await newsdesk(env, "store", "copy", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`Would copy from ${file} to ${target}: ${ALL} copied, 0 kept`);
    const first = await newsdesk(env, "store", "copy");
    expect(first.stdout.split("\n")).toEqual(
      expect.arrayContaining([
        `Copied from ${file} to ${target}: ${ALL} copied, 0 kept, 0 expired, 0 refused.`,
        "  digests: 2 copied",
        `  feed-seen: ${SEEN} copied`,
        "Not copied: summaries, fetch-cache (caches, rebuilt on use) and the quota counters (hourly, they expire).",
      ]),
    );
    const second = await newsdesk(env, "--json", "store", "copy", "--from", file);
    expect(JSON.parse(second.stdout)).toMatchObject({ copied: 0, kept: ALL, target });
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it("refuses a target that is the source, in memory, or a source that is missing", async () => {
    const { dataDir, file } = await oldDeployment();
    const same = await newsdesk({ DATA_DIR: dataDir }, "store", "copy");
    expect(same.code).toBe(1);
    expect(same.stderr).toContain(`${file} is the store this command uses`);
    expect(same.stderr).toContain("KEYV_URL");
    const memory = await newsdesk({ DATA_DIR: dataDir, KEYV_URL: "memory://" }, "store", "copy");
    expect(memory.stderr).toContain("The store is in memory (KEYV_URL=memory://)");
    const env = { DATA_DIR: dataDir, KEYV_URL: `sqlite://${path.join(dataDir, "new.sqlite")}` };
    const gone = await newsdesk(env, "store", "copy", "--from", path.join(dataDir, "gone.sqlite"));
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/Nothing to copy from: .*gone\.sqlite does not exist/);
    expect(gone.stdout).toBe("");
    const folder = await newsdesk(env, "store", "copy", "--from", dataDir);
    expect(folder.stderr).toContain(`${dataDir} is a folder: name the store file in it`);
  });

  it("fails with a clear error and no report when Redis cannot be reached", async () => {
    const { dataDir } = await oldDeployment();
    const env = { DATA_DIR: dataDir, KEYV_URL: `redis://127.0.0.1:${await freePort()}` };
    const result = await newsdesk(env, "store", "copy");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/The store to copy into \(redis:.*\) cannot be opened/);
    expect(result.stderr).toContain("nothing was copied");
  }, 30_000);
});

describe.skipIf(!REDIS_SERVER_BIN)("registerStoreCommand with Redis", () => {
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    await redis?.stop();
  });

  it("moves the store to Redis as the README says, with the time to live kept", async () => {
    const { dataDir, file } = await oldDeployment();
    const env = { DATA_DIR: dataDir, KEYV_URL: redis!.url };
    const dry = await newsdesk(env, "store", "copy", "--dry-run");
    expect(dry.stdout).toContain(`Would copy from ${file} to ${redis!.url}`);
    const copied = await newsdesk(env, "--json", "store", "copy");
    expect(copied.code).toBe(0);
    expect(JSON.parse(copied.stdout)).toMatchObject({ copied: ALL, kept: 0, expired: 0 });
    const store = await createStore({ url: redis!.url, logger: silentLogger });
    try {
      expect(await store.namespace("settings").get("guild:1")).toEqual({ language: "de" });
      expect(await store.namespace("feed-seen").get(`feed:1:item-${SEEN - 1}`)).toBe(1);
      expect(await store.namespace("summaries").get("s:1")).toBeUndefined();
      const [key] = await store.redis!.keys("*delivery:1");
      const ttl = await store.redis!.pTTL(key!);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(HOUR);
      expect(await store.redis!.pTTL((await store.redis!.keys("*sub:1"))[0]!)).toBe(-1);
    } finally {
      await store.close();
    }
    const again = await newsdesk(env, "store", "copy");
    expect(again.stdout).toContain(`0 copied, ${ALL} kept`);
  }, 60_000);

  it("stops with a clear error and no report when Redis refuses the writes", async () => {
    const { dataDir } = await oldDeployment();
    const admin = await createStore({ url: redis!.url, logger: silentLogger });
    await admin.redis!.flushAll();
    // Out of memory with no eviction: Redis answers every write with an error (an outage mid-copy).
    await admin.redis!.configSet({ maxmemory: "1", "maxmemory-policy": "noeviction" });
    try {
      const result = await newsdesk({ DATA_DIR: dataDir, KEYV_URL: redis!.url }, "store", "copy");
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/The copy stopped \(.*OOM.*\)\. What was copied stays/);
    } finally {
      await admin.redis!.configSet("maxmemory", "0");
      await admin.close();
    }
  }, 60_000);
});

describe("storeSourcePath", () => {
  it("takes sqlite:// locations and bare paths, and refuses Redis and memory", () => {
    expect(storeSourcePath("sqlite:///srv/data/newsdesk.sqlite")).toBe("/srv/data/newsdesk.sqlite");
    expect(storeSourcePath("data/newsdesk.sqlite")).toBe(path.resolve("data/newsdesk.sqlite"));
    expect(() => storeSourcePath("redis://:pw@cache:6379")).toThrow(/only a SQLite store/);
    expect(() => storeSourcePath("redis://:pw@cache:6379")).not.toThrow(/pw/);
    expect(() => storeSourcePath("memory://")).toThrow(/in memory/);
  });
});

describe("describeStoreUrl", () => {
  it("names the default file, a sqlite:// file, and a Redis URL without its password", () => {
    expect(describeStoreUrl(undefined, "/d")).toBe(`/d/${SQLITE_FILE_NAME}`);
    expect(describeStoreUrl("sqlite:///x/s.sqlite", "/d")).toBe("/x/s.sqlite");
    expect(describeStoreUrl("redis://:secret@cache:6379", "/d")).toBe("redis://:***@cache:6379");
  });
});

describe("formatStoreCopyReport", () => {
  it("gives the counts per namespace, what the target kept, and what it refused", () => {
    const text = formatStoreCopyReport(
      {
        source: "/d/newsdesk.sqlite",
        dryRun: false,
        overwrite: false,
        copied: 3,
        replaced: 0,
        kept: 1,
        expired: 1,
        refused: 2,
        namespaces: [
          { namespace: "digests", copied: 2, replaced: 0, kept: 1, expired: 1, refused: 0 },
          { namespace: "threads", copied: 1, replaced: 0, kept: 0, expired: 0, refused: 2 },
        ],
        cachesNotCopied: ["summaries", "fetch-cache"],
        refusals: [{ namespace: "threads", key: "k", detail: "Invalid store key" }],
      },
      "redis://cache:6379",
    );
    expect(text.split("\n")).toEqual([
      "Copied from /d/newsdesk.sqlite to redis://cache:6379: 3 copied, 1 kept, 1 expired, 2 refused.",
      "  digests: 2 copied, 1 kept (the target has them), 1 expired (not copied)",
      "  threads: 1 copied, 2 refused",
      "  refused threads k: Invalid store key",
      "  … and 1 more refused",
      "Not copied: summaries, fetch-cache (caches, rebuilt on use) and the quota counters (hourly, they expire).",
      "Keys the target already had were left alone (--overwrite replaces them).",
    ]);
  });
});
