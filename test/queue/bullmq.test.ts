import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isJobError } from "../../src/jobs/ports.js";
import { silentLogger } from "../../src/logger.js";
import { bullJobId, createBullJobs } from "../../src/queue/bullmq.js";
import { checkEvictionPolicy } from "../../src/queue/redis.js";
import { runJobsContract } from "../jobs/contract.js";
import { freePort, REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

describe("bullJobId", () => {
  it("maps any id, colons included, to a stable id BullMQ accepts", () => {
    const id = bullJobId("v1:abc/def?x=1");
    expect(id).toMatch(/^j[0-9a-f]{40}$/);
    expect(bullJobId("v1:abc/def?x=1")).toBe(id);
    expect(bullJobId("v1:abc/def?x=2")).not.toBe(id);
  });
});

describe.skipIf(!REDIS_SERVER_BIN)("createBullJobs (needs redis-server)", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  runJobsContract("bullmq", () =>
    createBullJobs({
      url: redis.url,
      logger: silentLogger,
      prefix: `t${randomUUID().slice(0, 8)}`,
    }),
  );

  it("opens one event connection per queue however many enqueues race to it, and closes it", async () => {
    const admin = new Redis(redis.url);
    const clients = async () =>
      String(await admin.client("LIST"))
        .trim()
        .split("\n").length;
    const before = await clients();
    const jobs = await createBullJobs({ url: redis.url, logger: silentLogger, prefix: "race" });
    try {
      // The first enqueues of a queue arrive together (a worker starting under load).
      await Promise.all(Array.from({ length: 12 }, (_, i) => jobs.enqueue("q", i)));
      // The request client, the queue's and one QueueEvents' blocking connection.
      expect((await clients()) - before).toBeLessThanOrEqual(3);
    } finally {
      await jobs.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await clients()).toBe(before);
    admin.disconnect();
  });

  it("refuses to work a queue on a Redis that evicts keys, saying why", async () => {
    const admin = new Redis(redis.url);
    await admin.config("SET", "maxmemory-policy", "allkeys-lru");
    const jobs = await createBullJobs({ url: redis.url, logger: silentLogger, prefix: "evict" });
    try {
      await expect(jobs.work("q", async () => 1)).rejects.toThrow(/maxmemory-policy allkeys-lru/);
      expect(await checkEvictionPolicy(admin)).toMatchObject({ ok: false });
    } finally {
      await admin.config("SET", "maxmemory-policy", "noeviction");
      admin.disconnect();
      await jobs.close();
    }
  });

  it("fails an enqueue at once with `unavailable` when Redis goes away", async () => {
    const jobs = await createBullJobs({ url: redis.url, logger: silentLogger, prefix: "down" });
    const other = await startRedis();
    const moved = await createBullJobs({ url: other.url, logger: silentLogger, prefix: "down" });
    await other.stop();
    try {
      const error = await moved.enqueue("q", 1).catch((e: unknown) => e);
      expect(isJobError(error) && error.kind).toBe("unavailable");
      expect(await moved.check()).toBe("job queue: Redis unreachable");
    } finally {
      await moved.close();
      await jobs.close();
    }
  });

  it("starts without a Redis, and says `unavailable` at once on enqueue", async () => {
    const port = await freePort();
    const jobs = await createBullJobs({ url: `redis://127.0.0.1:${port}`, logger: silentLogger });
    try {
      const error = await jobs.enqueue("q", 1).catch((e: unknown) => e);
      expect(isJobError(error) && error.kind).toBe("unavailable");
    } finally {
      await jobs.close();
    }
  });
});
