import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createShardLeases } from "../../src/discord/shard-leases.js";
import { createMemoryLogger } from "../../src/logger.js";
import { createRedisLockManager } from "../../src/store/lock.js";
import { createStore, type Store } from "../../src/store/store.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

describe.skipIf(!REDIS_SERVER_BIN)("createShardLeases", () => {
  let redis: RedisServer;
  let store: Store;

  beforeAll(async () => {
    redis = await startRedis();
    store = await createStore({ url: redis.url, logger: createMemoryLogger() });
  }, 30_000);
  afterAll(async () => {
    await store?.close();
    await redis?.stop();
  });

  const leasesFor = (app: string, ttlMs = 30_000) =>
    createShardLeases({
      locks: createRedisLockManager(store.redis!),
      applicationId: app,
      shardCount: 4,
      logger: createMemoryLogger(),
      ttlMs,
      renewMs: Math.max(20, Math.floor(ttlMs / 4)),
    });

  it("gives a shard to the first process that claims it and refuses it to the next", async () => {
    const a = leasesFor("app1");
    const b = leasesFor("app1");
    expect(await a.claim([0, 1])).toEqual({ held: [0, 1], refused: [] });
    expect(await b.claim([0, 1, 2])).toEqual({ held: [2], refused: [0, 1] });
    await a.release();
    expect(await b.claim([0])).toEqual({ held: [0, 2], refused: [] });
    await b.release();
  });

  it("tells the holder when it loses a lease it could not renew", async () => {
    const a = leasesFor("app2", 400);
    await a.claim([3]);
    const lost: number[] = [];
    a.start((id) => lost.push(id));
    // Another process took the shard after the lease lapsed (simulated: the key is replaced).
    await store.redis!.set("newsdesk:lock:shard:app2:4:3", "someone-else");
    await vi.waitFor(() => expect(lost).toEqual([3]), { timeout: 10_000 });
    await a.release();
    expect(await store.redis!.get("newsdesk:lock:shard:app2:4:3")).toBe("someone-else");
  });
});
