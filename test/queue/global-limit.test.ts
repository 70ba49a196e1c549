import { getEventListeners } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTokenRoute } from "../../src/discord/limited-rest.js";
import { createLocalGlobalLimiter, isInvalidResponse } from "../../src/queue/global-limit.js";
import { type DiscordRecorder, startDiscordRecorder } from "../support/discord-recorder.js";
import { keepStarted, type NodeProcess, startNodeProcess } from "../support/processes.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

describe("isInvalidResponse", () => {
  it("counts 401, 403 and 429s, but not a 429 of shared scope", () => {
    expect(isInvalidResponse(401, null)).toBe(true);
    expect(isInvalidResponse(403, null)).toBe(true);
    expect(isInvalidResponse(429, "user")).toBe(true);
    expect(isInvalidResponse(429, "global")).toBe(true);
    expect(isInvalidResponse(429, "shared")).toBe(false);
    expect(isInvalidResponse(404, null)).toBe(false);
    expect(isInvalidResponse(200, null)).toBe(false);
  });
});

describe("isTokenRoute", () => {
  it("exempts the interaction callback and token webhooks, nothing else", () => {
    expect(isTokenRoute("/interactions/1/tok/callback")).toBe(true);
    expect(isTokenRoute("/webhooks/1/tok/messages/@original")).toBe(true);
    expect(isTokenRoute("/channels/1/messages")).toBe(false);
    expect(isTokenRoute("/guilds/1/members/2")).toBe(false);
  });
});

describe("createLocalGlobalLimiter", () => {
  it("lets one request through at once and makes the next wait for its token", async () => {
    const limiter = createLocalGlobalLimiter({ perSecond: 50 });
    let granted = 0;
    void limiter.acquire().then(() => granted++);
    const second = limiter.acquire().then(() => granted++);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(granted).toBe(1);
    await second;
    expect(granted).toBe(2);
  });

  it("leaves no listener on a request's signal after waiting, and stops waiting when it aborts", async () => {
    const limiter = createLocalGlobalLimiter({ perSecond: 1000 });
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) await limiter.acquire(controller.signal);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const slow = createLocalGlobalLimiter({ perSecond: 0.01 });
    await slow.acquire();
    const waiting = slow.acquire(controller.signal);
    const reason = new Error("request gone");
    controller.abort(reason);
    // An AbortError, as discord.js expects of an aborted request (it retries those).
    await expect(waiting).rejects.toMatchObject({ name: "AbortError", cause: reason });
    await expect(slow.acquire(controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe.skipIf(!REDIS_SERVER_BIN)("the Redis global limiter across processes", () => {
  let redis: RedisServer;
  let discord: DiscordRecorder;
  const posters: NodeProcess[] = [];

  beforeAll(async () => {
    [redis, discord] = await Promise.all([
      startRedis(),
      startDiscordRecorder({ globalPerSecond: 50 }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(posters.map((p) => p.kill()));
    await Promise.all([redis?.stop(), discord?.close()]);
  });

  // 40/s configured (the default is 45): on a loaded 2-core machine a process that stalls sends
  // its late requests together, and the wider margin keeps that from looking like a global 429.
  it("keeps 2 processes posting 600 messages under Discord's 50/s, near the configured 40/s", async () => {
    const env = (channel: string) => ({
      QUEUE_REDIS_URL: redis.url,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GLOBAL_RPS: "40",
      COUNT: "300",
      CHANNEL: channel,
    });
    await keepStarted(
      [
        startNodeProcess("test/queue/poster-process.ts", env("1")),
        startNodeProcess("test/queue/poster-process.ts", env("2")),
      ],
      posters,
    );
    for (const poster of posters) poster.send("GO");
    const done = () => posters.every((p) => p.output().includes("DONE"));
    const until = Date.now() + 90_000;
    while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(done()).toBe(true);
    const posts = discord.calls.filter((c) => c.method === "POST");
    const t0 = Math.min(...posts.map((c) => c.at));
    expect(posts.filter((c) => c.status === 429).map((c) => c.at - t0)).toEqual([]);
    expect(posts).toHaveLength(600);
    // The steady rate, leaving out the first second's burst.
    const times = posts.map((c) => c.at).sort((a, b) => a - b);
    const steady = times.filter((t) => t >= times[0]! + 1000);
    const rate = ((steady.length - 1) * 1000) / (steady.at(-1)! - steady[0]!);
    expect(rate).toBeGreaterThan(40 * 0.9);
    expect(rate).toBeLessThan(40 * 1.1);
  }, 120_000);
});
