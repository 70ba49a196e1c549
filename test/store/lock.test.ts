import { createClient } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import {
  createLockManager,
  createProcessLockManager,
  createRedisLockManager,
  type LockRedisClient,
} from "../../src/store/lock.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

describe("createProcessLockManager", () => {
  it("gives a key to one holder at a time", async () => {
    const locks = createProcessLockManager();
    const first = await locks.tryAcquire("k", 1000);
    expect(first).not.toBeNull();
    expect(await locks.tryAcquire("k", 1000)).toBeNull();
    expect(await locks.tryAcquire("other", 1000)).not.toBeNull();
    expect(await first!.release()).toBe(true);
    expect(await locks.tryAcquire("k", 1000)).not.toBeNull();
  });

  it("lets an expired lock be taken, and the old holder can neither extend nor free it", async () => {
    const clock = createManualClock(0);
    const locks = createProcessLockManager(clock.now);
    const old = await locks.tryAcquire("k", 1000);
    clock.advance(1001);
    const next = await locks.tryAcquire("k", 1000);
    expect(next).not.toBeNull();
    expect(await old!.extend()).toBe(false);
    expect(await old!.release()).toBe(false);
    expect(await locks.tryAcquire("k", 1000)).toBeNull();
  });

  it("keeps a lock past its first expiry when extended", async () => {
    const clock = createManualClock(0);
    const locks = createProcessLockManager(clock.now);
    const held = await locks.tryAcquire("k", 1000);
    clock.advance(900);
    expect(await held!.extend(1000)).toBe(true);
    clock.advance(900);
    expect(await locks.tryAcquire("k", 1000)).toBeNull();
  });
});

describe.skipIf(!REDIS_SERVER_BIN)("createRedisLockManager (real redis-server)", () => {
  let redis: RedisServer;
  const clients: Array<{ quit(): Promise<unknown> }> = [];

  async function connect(): Promise<LockRedisClient> {
    const client = createClient({ url: redis.url });
    await client.connect();
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterAll(async () => {
    for (const client of clients) await client.quit();
    await redis?.stop();
  });

  it("gives a key to one of two clients, and to the other once released", async () => {
    const a = createRedisLockManager(await connect(), "t1:");
    const b = createRedisLockManager(await connect(), "t1:");
    const held = await a.tryAcquire("sub", 10_000);
    expect(held).not.toBeNull();
    expect(await b.tryAcquire("sub", 10_000)).toBeNull();
    expect(await held!.release()).toBe(true);
    expect(await b.tryAcquire("sub", 10_000)).not.toBeNull();
  });

  it("lets exactly one of many racing acquirers win", async () => {
    const managers = await Promise.all(
      Array.from({ length: 5 }, async () => createRedisLockManager(await connect(), "t2:")),
    );
    const results = await Promise.all(managers.map((m) => m.tryAcquire("race", 10_000)));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it("never frees a lock that expired and was taken by another holder", async () => {
    const a = createRedisLockManager(await connect(), "t3:");
    const b = createRedisLockManager(await connect(), "t3:");
    const old = await a.tryAcquire("sub", 50);
    await new Promise((resolve) => setTimeout(resolve, 120)); // Redis expires keys on its own clock.
    const next = await b.tryAcquire("sub", 10_000);
    expect(next).not.toBeNull();
    expect(await old!.release()).toBe(false);
    expect(await old!.extend()).toBe(false);
    expect(await a.tryAcquire("sub", 10_000)).toBeNull();
    expect(await next!.release()).toBe(true);
  });

  it("extends its own lock", async () => {
    const client = await connect();
    const a = createRedisLockManager(client, "t4:");
    const held = await a.tryAcquire("sub", 1000);
    expect(await held!.extend(60_000)).toBe(true);
    const ttl = Number(await (client as unknown as ReturnType<typeof createClient>).pTTL("t4:sub"));
    expect(ttl).toBeGreaterThan(50_000);
  });
});

describe("createLockManager", () => {
  it("uses in-process locks without a Redis client", () => {
    expect(createLockManager({ redis: null }).kind).toBe("process");
  });
});
