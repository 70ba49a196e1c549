import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import {
  type Emulator,
  type InteractionHandle,
  shardOf,
  startEmulator,
} from "../../src/emulator/index.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";
import { keepStarted, type NodeProcess, startNodeProcess } from "../support/processes.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

/** The ops server URL a role process printed after READY. */
function urlOf(process: NodeProcess): string {
  const url = /READY (\S+)/.exec(process.output())?.[1];
  if (url === undefined) throw new Error(`no URL in the output:\n${process.output()}`);
  return url;
}

/** How many gateway interactions of a command a process answered, from its /metrics. */
async function answeredBy(process: NodeProcess, command = "article"): Promise<number> {
  const text = await (await fetch(`${urlOf(process)}/metrics`)).text();
  const line = new RegExp(
    `newsdesk_interaction_duration_seconds_count\\{command="${command}",transport="gateway",outcome="ok"\\} (\\d+)`,
  ).exec(text);
  return Number(line?.[1] ?? 0);
}

async function answeredOnce(runs: InteractionHandle[]): Promise<void> {
  await Promise.all(runs.map((run) => run.callback(20_000)));
  for (const run of runs) {
    expect(run.callbacks).toHaveLength(1);
    expect(run.callbacks[0]).toMatchObject({ type: 4, ok: true });
  }
}

describe("shardOf", () => {
  it("routes by (guild_id >> 22) % shards in BigInt, past 2^53", () => {
    expect(shardOf(String(41_943_040_000n << 22n), 2)).toBe(0);
    expect(shardOf(String(41_943_040_001n << 22n), 2)).toBe(1);
    // 2^60 + 5·2^22: a Number would lose the low bits before the shift.
    expect(shardOf(String((1n << 60n) + (5n << 22n)), 4)).toBe(1);
  });
});

describe.skipIf(!REDIS_SERVER_BIN)(
  "gateway processes with DISCORD_SHARD_COUNT=2 on one Redis",
  () => {
    let redis: RedisServer;
    let emulator: Emulator;
    let fixtures: Fixtures;
    let secondGuild: string;
    const processes: NodeProcess[] = [];
    const envFor = (ids: string) =>
      emulatorEnv(emulator, fixtures.dir, {
        NEWSDESK_ROLE: "gateway",
        KEYV_URL: redis.url,
        DISCORD_SHARD_COUNT: "2",
        DISCORD_SHARD_IDS: ids,
        METRICS_PORT: "0",
        LOG_LEVEL: "warn",
      });

    beforeAll(async () => {
      redis = await startRedis();
      fixtures = await createSeedsDir();
      // The default guild on shard 0, a second one on shard 1: both shards carry traffic at once.
      emulator = await startEmulator({ guild: { shard: { id: 0, count: 2 } } });
      secondGuild = emulator.addGuild({ name: "Second desk", shard: { id: 1, count: 2 } }).id;
      for (const guild of [emulator.guildId, secondGuild]) {
        await deployCommands(
          parseConfig(emulatorEnv(emulator, fixtures.dir, { DISCORD_GUILD_ID: guild })),
        );
      }
      // Kept in shard order (the tests read processes[0] as shard 0's), and kept even when the
      // other one fails to start, so that afterAll stops it.
      await keepStarted(
        ["0", "1"].map((ids) => startNodeProcess("test/http/role-process.ts", envFor(ids))),
        processes,
      );
    }, 120_000);
    afterAll(async () => {
      await Promise.allSettled(processes.map((p) => p.stop()));
      await emulator?.close();
      await fixtures?.cleanup();
      await redis?.stop();
    });

    it("answers each interaction of both guilds once, from the process holding its shard", {
      timeout: 60_000,
    }, async () => {
      const [zero, one] = processes;
      for (const p of [zero!, one!]) expect((await fetch(`${urlOf(p)}/readyz`)).status).toBe(200);
      // Different counts per guild, sent interleaved and at once, tell the two processes apart.
      const runs = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          emulator.runCommand({
            name: "article",
            subcommand: "latest",
            ...(i % 5 < 3 ? { guild: secondGuild } : {}),
          }),
        ),
      );
      await answeredOnce(runs);
      const inSecond = runs.filter((run) => run.payload.guild_id === secondGuild);
      expect(inSecond).toHaveLength(12);
      // The histogram is observed when the handler returns, just after Discord got the reply.
      await vi.waitFor(async () => expect(await answeredBy(zero!)).toBe(8), { timeout: 10_000 });
      await vi.waitFor(async () => expect(await answeredBy(one!)).toBe(12), { timeout: 10_000 });
    });

    it("refuses a third process claiming shard 0 and says why on /readyz", {
      timeout: 90_000,
    }, async () => {
      const third = await startNodeProcess("test/http/role-process.ts", envFor("0"));
      processes.push(third);
      const ready = await fetch(`${urlOf(third)}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.text()).toContain("shard 0 is held by another process");
      expect(third.output()).toContain("held by another process");
      const before = await answeredBy(processes[0]!);
      const runs = await Promise.all(
        Array.from({ length: 5 }, () =>
          emulator.runCommand({ name: "article", subcommand: "latest" }),
        ),
      );
      await answeredOnce(runs);
      await vi.waitFor(async () => expect(await answeredBy(processes[0]!)).toBe(before + 5), {
        timeout: 10_000,
      });
      expect(await answeredBy(third)).toBe(0);
    });
  },
);
