import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import {
  createMemoryQuotaStore,
  createSqliteQuotaStore,
  type QuotaStore,
} from "../../src/store/quota.js";
import { createStore, type Store } from "../../src/store/store.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

const T0 = 1_700_000_000_000;

/**
 * One contract for every quota store. `open` gives two handles on the same counters (two
 * processes, or two replicas), so the suite shows both atomicity and sharing.
 */
function runContract(
  label: string,
  open: () => Promise<[QuotaStore, QuotaStore, () => Promise<void>]>,
) {
  describe(`QuotaStore (${label})`, () => {
    let a: QuotaStore;
    let b: QuotaStore;
    let close: () => Promise<void>;
    let run = 0;
    const key = (name: string) => `${label.replace(/\W/g, "")}:${name}:${run}`;
    beforeAll(async () => {
      [a, b, close] = await open();
    });
    afterAll(async () => {
      await close();
    });

    it("allows the limit per window, then says when the window ends", async () => {
      run++;
      const rule = { key: key("w"), limit: 2, windowMs: 60_000 };
      expect(await a.take([rule], 1, T0)).toEqual({ ok: true });
      expect(await b.take([rule], 1, T0 + 10)).toEqual({ ok: true });
      const refused = await a.take([rule], 1, T0 + 20);
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.rule).toBe(0);
        expect(refused.resetAt).toBeGreaterThan(T0 + 20);
        expect(refused.resetAt).toBeLessThanOrEqual(T0 + 20 + 60_000);
      }
    });

    it("counts nothing when any rule lacks room", async () => {
      run++;
      const roomy = { key: key("roomy"), limit: 10, windowMs: 60_000 };
      const full = { key: key("full"), limit: 1, windowMs: 60_000 };
      expect(await a.take([full], 1, T0)).toEqual({ ok: true });
      for (let i = 0; i < 5; i++) {
        const result = await b.take([roomy, full], 1, T0);
        expect(result.ok === false && result.rule).toBe(1);
      }
      for (let i = 0; i < 10; i++) expect(await a.take([roomy], 1, T0)).toEqual({ ok: true });
    });

    it("gives units back, never below zero", async () => {
      run++;
      const rule = { key: key("back"), limit: 1, windowMs: 60_000 };
      expect(await a.take([rule], 1, T0)).toEqual({ ok: true });
      await b.giveBack([rule.key], 1, T0);
      await b.giveBack([rule.key], 1, T0);
      expect(await a.take([rule], 1, T0)).toEqual({ ok: true });
      expect((await a.take([rule], 1, T0)).ok).toBe(false);
    });

    it("lets exactly the limit through when many ask at once from two handles", async () => {
      run++;
      const rule = { key: key("race"), limit: 7, windowMs: 60_000 };
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take([rule], 1, T0)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(7);
    });

    it("peeks without counting", async () => {
      run++;
      const rule = { key: key("peek"), limit: 1, windowMs: 60_000 };
      for (let i = 0; i < 3; i++) expect(await b.peek([rule], 1, T0)).toEqual({ ok: true });
      expect(await a.take([rule], 1, T0)).toEqual({ ok: true });
      expect((await b.peek([rule], 1, T0)).ok).toBe(false);
    });

    it("refuses everything at a limit of zero", async () => {
      run++;
      expect((await a.take([{ key: key("zero"), limit: 0, windowMs: 1_000 }], 1, T0)).ok).toBe(
        false,
      );
    });
  });
}

runContract("memory", async () => {
  const store = createMemoryQuotaStore();
  return [store, store, () => store.close()];
});

const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-quota-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
runContract("sqlite, two connections", async () => {
  const file = path.join(dir, "quota.sqlite");
  const first = createSqliteQuotaStore(file, 2_000);
  const second = createSqliteQuotaStore(file, 2_000);
  return [
    first,
    second,
    async () => {
      await first.close();
      await second.close();
    },
  ];
});

describe("createMemoryQuotaStore", () => {
  it("opens a new window once the old one has ended", async () => {
    const store = createMemoryQuotaStore();
    const rule = { key: "k", limit: 1, windowMs: 1_000 };
    expect(await store.take([rule], 1, T0)).toEqual({ ok: true });
    expect(await store.take([rule], 1, T0 + 999)).toEqual({
      ok: false,
      rule: 0,
      resetAt: T0 + 1_000,
    });
    expect(await store.take([rule], 1, T0 + 1_000)).toEqual({ ok: true });
  });
});

describe("createSqliteQuotaStore", () => {
  it("opens a new window once the old one has ended", async () => {
    const store = createSqliteQuotaStore(path.join(dir, "window.sqlite"), 2_000);
    const rule = { key: "k", limit: 1, windowMs: 1_000 };
    expect(await store.take([rule], 1, T0)).toEqual({ ok: true });
    expect(await store.take([rule], 1, T0 + 999)).toEqual({
      ok: false,
      rule: 0,
      resetAt: T0 + 1_000,
    });
    expect(await store.take([rule], 1, T0 + 1_000)).toEqual({ ok: true });
    await store.close();
  });
});

describe.skipIf(!REDIS_SERVER_BIN)("createRedisQuotaStore (needs redis-server)", () => {
  let redis: RedisServer;
  const stores: Store[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await redis?.stop();
  });
  runContract("redis, two clients", async () => {
    const first = await createStore({ url: redis.url, logger: silentLogger });
    const second = await createStore({ url: redis.url, logger: silentLogger });
    stores.push(first, second);
    return [first.quota, second.quota, async () => {}];
  });
});
