import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubscriptionRepository } from "../../src/digests/repository.js";
import { computeNextRun, parseSchedule } from "../../src/digests/schedule.js";
import { DIGEST_QUEUE } from "../../src/digests/scheduler.js";
import type { Subscription } from "../../src/digests/types.js";
import { type EmulatedMessage, type Emulator, startEmulator } from "../../src/emulator/index.js";
import type { JobsPort } from "../../src/jobs/ports.js";
import { silentLogger } from "../../src/logger.js";
import { createBullJobs } from "../../src/queue/bullmq.js";
import { NAMESPACES } from "../../src/store/namespaces.js";
import { createStore, type Store } from "../../src/store/store.js";
import { addSeedFiles } from "../e2e/digests-process.js";
import { type NodeProcess, startNodeProcess } from "../support/processes.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";
import { eventually } from "./eventually.js";

const SUBSCRIPTIONS = 200;
/** Two messages per digest (ten embeds a message), so a kill can fall between them. */
const FIRST_BATCH = 12;
const SECOND_BATCH = 3;
/** Every five seconds: the schedulers fire several times while the test runs. */
const SCHEDULE = parseSchedule("*/5 * * * * *", "UTC");

describe.skipIf(!REDIS_SERVER_BIN)("digests on job schedulers over 2 worker processes", () => {
  let redis: RedisServer;
  let emulator: Emulator;
  let store: Store;
  let jobs: JobsPort;
  let seeds: string;
  let data: string;
  let env: Record<string, string>;
  const channels: string[] = [];
  let first: string[] = [];
  const workers: NodeProcess[] = [];

  beforeAll(async () => {
    [redis, emulator] = await Promise.all([startRedis(), startEmulator()]);
    seeds = await mkdtemp(path.join(tmpdir(), "newsdesk-digest-seeds-"));
    data = await mkdtemp(path.join(tmpdir(), "newsdesk-digest-data-"));
    env = {
      DISCORD_API_URL: emulator.apiUrl,
      DISCORD_TOKEN: emulator.token,
      DISCORD_APPLICATION_ID: emulator.applicationId,
      SEEDS_DIR: seeds,
      DATA_DIR: data,
      KEYV_URL: redis.url,
      NEWSDESK_ROLE: "worker",
      HTTP_PORT: "0",
      DRAIN_MS: "0",
      WORKER_CONCURRENCY: "4",
      // Recovery of a killed worker's digest: its job after ~8 s, its digest lock after 4 s.
      QUEUE_LOCK_MS: "5000",
      QUEUE_STALLED_CHECK_MS: "3000",
      DIGEST_LOCK_TTL_MS: "4000",
      DIGEST_RETRY_DELAY_MS: "1000",
      // The emulator has no global limit; the limiter stays in the path, loose.
      DISCORD_GLOBAL_RPS: "400",
    };
    store = await createStore({ url: redis.url, logger: silentLogger });
    jobs = await createBullJobs({ url: redis.url, logger: silentLogger });
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await jobs?.close();
    await store?.close();
    await Promise.all([emulator?.close(), redis?.stop()]);
    for (const dir of [seeds, data]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  const start = () => startNodeProcess("test/jobs/role-process.ts", env);

  function digestUrls(channelId: string): string[] {
    return emulator
      .messages(channelId)
      .filter((m: EmulatedMessage) => !m.interaction_id && !m.deleted)
      .flatMap((m) => m.embeds.map((e) => e.url ?? ""));
  }

  /** True when every channel shows each of `urls` (and nothing else) at least once. */
  function allDelivered(urls: string[]): boolean {
    return channels.every((channel) => new Set(digestUrls(channel)).size === urls.length);
  }

  function expectExactlyOnce(urls: string[]): void {
    const sorted = [...urls].sort();
    for (const channel of channels) expect(digestUrls(channel).sort()).toEqual(sorted);
  }

  const explain = () =>
    `delivered to ${channels.filter((c) => digestUrls(c).length > 0).length} channels; workers:\n${workers
      .map((w) => w.output().slice(-3000))
      .join("\n---\n")}`;

  it("delivers every article once per subscription when a worker is killed mid-digest", async () => {
    first = await addSeedFiles(seeds, "first", FIRST_BATCH);
    const repository = createSubscriptionRepository(store.namespace(NAMESPACES.digests));
    const now = Date.now();
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      const channelId = emulator.addChannel({ name: `digest-${i}` }).id;
      channels.push(channelId);
      const subscription: Subscription = {
        id: `s${String(i).padStart(4, "0")}`,
        guildId: emulator.guildId,
        channelId,
        schedule: SCHEDULE,
        filters: { source: null, keywords: [] },
        length: "short",
        postEmpty: false,
        style: "list",
        cursor: { addedAt: 0, id: "" }, // the seeds folder is the backlog
        nextRunAt: computeNextRun(SCHEDULE, now),
        lastRunAt: null,
        state: { status: "active" },
        pending: null,
        createdAt: now,
        createdBy: "test",
      };
      await repository.save(subscription);
    }
    // Hold every second message of a digest for 3 s until the kill: digests are then mid-way.
    let killed = false;
    const held = new Set<string>();
    emulator.on("message", (message, change) => {
      if (killed || change !== "create" || message.interaction_id) return;
      if (held.has(message.channel_id)) return;
      held.add(message.channel_id);
      emulator.faults.nextRest(
        { method: "POST", route: `/channels/${message.channel_id}/messages` },
        { delayMs: 3_000 },
      );
    });
    const [doomed, survivor] = await Promise.all([start(), start()]);
    workers.push(doomed!, survivor!);
    // Each worker runs 4 digests at once; with more than 4 second messages held at the same
    // moment, the doomed worker holds at least one digest half-posted.
    const inFlight = () =>
      emulator.requests.filter(
        (r) => r.method === "POST" && r.path.endsWith("/messages") && r.status === 0,
      ).length;
    await eventually(() => inFlight() >= 5, explain, 30_000);
    killed = true;
    await doomed!.kill();
    await eventually(() => allDelivered(first), explain, 90_000);
    expectExactlyOnce(first);
    // The recovered digests resumed where the dead worker stopped: 2 messages per channel.
    for (const channel of channels) {
      expect(emulator.messages(channel).filter((m) => !m.deleted)).toHaveLength(2);
    }
  }, 150_000);

  it("keeps the schedules through a restart of every process and posts nothing twice", async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    // Every process is down: the job schedulers live in Redis, one per subscription.
    const ids = await jobs.schedules(DIGEST_QUEUE);
    expect(ids).toHaveLength(SUBSCRIPTIONS);
    const firstBatch = channels.map((c) => digestUrls(c).length);
    expect(new Set(firstBatch)).toEqual(new Set([FIRST_BATCH]));
    workers.push(...(await Promise.all([start(), start()])));
    const second = await addSeedFiles(seeds, "second", SECOND_BATCH);
    const all = [...first, ...second];
    await eventually(() => allDelivered(all), explain, 90_000);
    // Only the schedulers run a digest after the start-up catch-up: every subscription runs again.
    const delivered = Date.now();
    const repository = createSubscriptionRepository(store.namespace(NAMESPACES.digests));
    await eventually(
      async () => (await repository.all()).every((s) => (s.lastRunAt ?? 0) > delivered),
      explain,
      30_000,
    );
    expectExactlyOnce(all);
  }, 150_000);
});
