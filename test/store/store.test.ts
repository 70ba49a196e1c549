import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { checkStorable, createStore, SQLITE_FILE_NAME, type Store } from "../../src/store/store.js";
import { freePort, REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

async function collect(iterable: AsyncIterable<[string, unknown]>): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for await (const [key, value] of iterable) out.set(key, value);
  return out;
}

/** One contract, every adapter (keyv's own approach). */
function runContract(label: string, open: () => Promise<Store>) {
  describe(`createStore (${label})`, () => {
    let store: Store;
    let run = 0;
    const ns = (name: string) => store.namespace(`${name}-${run}`);
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it("returns what was set, and undefined for a missing key", async () => {
      run++;
      const kv = ns("basic");
      await kv.set("a", { text: "hello", n: 3, list: [1, "two", null], ok: true });
      expect(await kv.get("a")).toEqual({ text: "hello", n: 3, list: [1, "two", null], ok: true });
      expect(await kv.get("missing")).toBeUndefined();
    });

    it("deletes a key and says whether it existed", async () => {
      run++;
      const kv = ns("delete");
      await kv.set("k", 1);
      expect(await kv.delete("k")).toBe(true);
      expect(await kv.get("k")).toBeUndefined();
      expect(await kv.delete("k")).toBe(false);
    });

    it("lists the entries of its own namespace only", async () => {
      run++;
      const a = ns("list");
      const b = ns("list-other");
      const c = ns("lis");
      await a.set("x", 1);
      await a.set("y:with:colons", { deep: [2] });
      await b.set("x", "b's");
      await c.set("z", "c's");
      expect(await collect(a.entries())).toEqual(
        new Map<string, unknown>([
          ["x", 1],
          ["y:with:colons", { deep: [2] }],
        ]),
      );
      expect(await b.get("x")).toBe("b's");
      expect(await a.get("z")).toBeUndefined();
    });

    it("isolates namespaces that share a key", async () => {
      run++;
      await ns("one").set("same", "first");
      await ns("two").set("same", "second");
      expect(await ns("one").get("same")).toBe("first");
      expect(await ns("two").get("same")).toBe("second");
    });

    it("expires a key after its ttl", async () => {
      run++;
      const kv = ns("ttl");
      await kv.set("short", "gone soon", 60_000);
      await kv.set("long", "stays", 3_600_000);
      expect(await kv.get("short")).toBe("gone soon");
      // keyv stores the expiry beside the value and checks it on read: move the clock, not sleep.
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        vi.setSystemTime(Date.now() + 120_000);
        expect(await kv.get("short")).toBeUndefined();
        expect(await kv.get("long")).toBe("stays");
      } finally {
        vi.useRealTimers();
      }
    });

    it("rejects values that would not read back unchanged", async () => {
      run++;
      const kv = ns("validate");
      await expect(kv.set("d", new Date())).rejects.toThrow(/epoch milliseconds/);
      await expect(kv.set("u", undefined)).rejects.toThrow(/undefined/);
      await expect(kv.set("n", { x: Number.NaN })).rejects.toThrow(/finite/);
      await expect(kv.set("m", new Map())).rejects.toThrow(/plain data/);
      expect(await collect(kv.entries())).toEqual(new Map());
    });

    it("rejects namespace names that could prefix-match another", () => {
      expect(() => store.namespace("a_b")).toThrow(/namespace/);
      expect(() => store.namespace("a:b")).toThrow(/namespace/);
      expect(() => store.namespace("a%")).toThrow(/namespace/);
    });
  });
}

runContract("memory", () => createStore({ url: "memory://", logger: silentLogger }));

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

runContract("sqlite", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-store-"));
  tempDirs.push(dir);
  return await createStore({ dataDir: path.join(dir, "nested", "data"), logger: silentLogger });
});

describe.skipIf(!REDIS_SERVER_BIN)("createStore (redis, needs redis-server)", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  runContract("redis", () => createStore({ url: redis.url, logger: silentLogger }));

  it("exposes the raw client for locks", async () => {
    const store = await createStore({ url: redis.url, logger: silentLogger });
    try {
      expect(store.kind).toBe("redis");
      expect(await store.redis?.set("lock:test", "me", { NX: true, PX: 1000 })).toBe("OK");
      expect(await store.redis?.set("lock:test", "you", { NX: true, PX: 1000 })).toBeNull();
    } finally {
      await store.close();
    }
  });
});

describe("createStore (files and URLs)", () => {
  it("creates the data folder and keeps values across reopen", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-store-"));
    tempDirs.push(dir);
    const dataDir = path.join(dir, "data");
    const first = await createStore({ dataDir, logger: silentLogger });
    expect(first.kind).toBe("sqlite");
    expect(first.redis).toBeNull();
    await first.namespace("persist").set("k", { at: 1_700_000_000_000 });
    await first.close();
    expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    const second = await createStore({
      url: `sqlite://${path.join(dataDir, SQLITE_FILE_NAME)}`,
      logger: silentLogger,
    });
    expect(await second.namespace("persist").get("k")).toEqual({ at: 1_700_000_000_000 });
    await second.close();
  });

  it("fails with a clear error when Redis cannot be reached", async () => {
    const port = await freePort();
    await expect(
      createStore({ url: `redis://:secret@127.0.0.1:${port}`, logger: silentLogger }),
    ).rejects.toThrow(/cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1/);
  });

  it("refuses an unknown URL scheme", async () => {
    await expect(createStore({ url: "postgres://x", logger: silentLogger })).rejects.toThrow(
      /Unsupported store URL/,
    );
  });
});

describe("checkStorable", () => {
  it("accepts nested plain data", () => {
    expect(() => checkStorable({ a: [1, { b: "c" }], d: null })).not.toThrow();
  });
});
