import { afterEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { shardOf } from "../../src/emulator/gateway.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";
import { type RoleHarness, startRoleAgainst } from "./harness.js";

/** A guild id whose shard, out of 2, is `shard`. */
function guildOnShard(shard: number): string {
  return String((41_943_040_000n + BigInt(shard)) << 22n);
}

async function answeredBy(role: RoleHarness): Promise<number> {
  const text = await role.running.metrics.registry.metrics();
  const match =
    /newsdesk_interaction_duration_seconds_count\{command="article",transport="gateway",outcome="ok"\} (\d+)/.exec(
      text,
    );
  return Number(match?.[1] ?? 0);
}

describe("shardOf", () => {
  it("routes by (guild_id >> 22) % shards in BigInt, past 2^53", () => {
    expect(shardOf(guildOnShard(0), 2)).toBe(0);
    expect(shardOf(guildOnShard(1), 2)).toBe(1);
    // 2^60 + 5·2^22: a Number would lose the low bits before the shift.
    expect(shardOf(String((1n << 60n) + (5n << 22n)), 4)).toBe(1);
  });
});

describe("two gateway processes with DISCORD_SHARD_COUNT=2, ids 0 and 1", () => {
  let emulator: Emulator | undefined;
  let fixtures: Fixtures | undefined;
  const roles: RoleHarness[] = [];
  afterEach(async () => {
    await Promise.allSettled(roles.splice(0).map((r) => r.running.stop()));
    await emulator?.close();
    await fixtures?.cleanup();
  });

  for (const shard of [0, 1]) {
    it(`answers each interaction of a guild on shard ${shard} once, from the process holding it`, {
      timeout: 60_000,
    }, async () => {
      fixtures = await createSeedsDir();
      emulator = await startEmulator({ guild: { id: guildOnShard(shard) } });
      await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
      for (const id of [0, 1]) {
        roles.push(
          await startRoleAgainst(emulator, fixtures.dir, "gateway", {
            DISCORD_SHARD_COUNT: "2",
            DISCORD_SHARD_IDS: String(id),
          }),
        );
      }
      const runs = [];
      for (let i = 0; i < 10; i++) {
        runs.push(await emulator.runCommand({ name: "article", subcommand: "latest" }));
      }
      for (const run of runs) {
        await run.callback();
        expect(run.callbacks).toHaveLength(1);
        expect(run.callbacks[0]).toMatchObject({ type: 4, ok: true });
      }
      // The histogram is observed when the handler returns, just after Discord got the reply.
      await vi.waitFor(async () => expect(await answeredBy(roles[shard]!)).toBe(10));
      expect(await answeredBy(roles[1 - shard]!)).toBe(0);
      expect(roles[shard]!.running.bot?.client.guilds.cache.has(guildOnShard(shard))).toBe(true);
      expect(roles[1 - shard]!.running.bot?.client.guilds.cache.size).toBe(0);
    });
  }
});
